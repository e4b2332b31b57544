package vn.dangvu.conference;

/** How the responsible official answers an opinion (REGULATIONS §9). */
public enum Disposition {
    /** Tiếp thu. */
    ACCEPTED,
    /** Giải trình. */
    EXPLAINED,
    /** Bảo lưu. */
    RESERVED
}

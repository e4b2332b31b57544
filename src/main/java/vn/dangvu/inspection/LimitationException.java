package vn.dangvu.inspection;

/**
 * Violations that have no limitation period whatever the form (QĐ 69-QĐ/TW Art. 4; REGULATIONS §10.4).
 */
public enum LimitationException {
    /** Vi phạm chính trị nội bộ. */
    INTERNAL_POLITICAL,
    /** Vi phạm về quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia. */
    NATIONAL_INTEREST,
    /** Sử dụng văn bằng, chứng chỉ không hợp pháp. */
    ILLEGAL_DIPLOMA
}

package vn.dangvu.congress;

/** Kinds of delegate to a delegates' congress. */
public enum DelegateCategory {
    /** Đại biểu chính thức, elected by a lower congress. */
    OFFICIAL,
    /** Đại biểu dự khuyết: takes the place of an official delegate who cannot attend. */
    ALTERNATE,
    /** Đại biểu đương nhiên: a member of the convening committee. */
    EX_OFFICIO
}

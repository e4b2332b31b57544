package vn.dangvu.programme;

/** Which review of a programme is generated. */
public enum ReviewKind {
    /** Sơ kết giữa nhiệm kỳ. */
    MID_TERM,
    /** Tổng kết. */
    FINAL
}

package vn.dangvu.duty;

/** The four quality levels of QĐ 366-QĐ/TW (2025) Art. 11, best first. */
public enum EvaluationLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED;

    /** Whether this level is better than {@code other}. */
    public boolean betterThan(EvaluationLevel other) {
        return ordinal() < other.ordinal();
    }
}

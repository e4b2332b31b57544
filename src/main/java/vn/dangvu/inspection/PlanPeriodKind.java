package vn.dangvu.inspection;

/** The span a plan covers. */
public enum PlanPeriodKind {
    /** One calendar year (kế hoạch năm). */
    YEAR,
    /** A whole term (kế hoạch toàn khóa, nhiệm kỳ). */
    TERM
}

package vn.dangvu.congress;

/** Where a congress stands: each milestone follows the one before. */
public enum CongressStatus {
    /** Planned: a date fixed by the organisation's plan. */
    PLANNED,
    /** The opening date has been announced (at least 30 working days before). */
    ANNOUNCED,
    /** Held; the new term is recorded. */
    HELD,
    /** The superior approved (chuẩn y) the results. */
    APPROVED
}

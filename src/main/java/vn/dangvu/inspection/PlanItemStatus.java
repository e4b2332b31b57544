package vn.dangvu.inspection;

/** Where a plan item stands against the plan ({@code PlanProgressPolicy}). */
public enum PlanItemStatus {
    /** No case opened yet and the planned period has not ended. */
    NOT_STARTED,
    /** A case opened from the item is not concluded yet and the planned period has not ended. */
    IN_PROGRESS,
    /** The cases opened from the item are concluded. */
    DONE,
    /** The planned period ended without a concluded case. */
    OVERDUE
}

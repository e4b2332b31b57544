package vn.dangvu.badge;

/** Where a badge stands. */
public enum BadgeState {
    /** Proposed by the cell or the organisation staff (tờ trình), awaiting the committee's decision. */
    PROPOSED,
    /** Awarded by the committee's decision. */
    AWARDED
}

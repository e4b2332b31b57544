package vn.dangvu.duty;

/** The state of one member's fee for one month. */
public enum FeeStatus {
    /** Paid in full (or more). */
    PAID,
    /** Paid in part. */
    PARTIAL,
    /** Nothing paid for a month that has begun. */
    UNPAID,
    /** Nothing due: exempted (relief, or 50 years of membership). */
    EXEMPT,
    /** No fee basis covers the month: the amount due is unknown. */
    NO_BASIS,
    /** A month still to come, not paid in advance. */
    UPCOMING
}

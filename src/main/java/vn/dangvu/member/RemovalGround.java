package vn.dangvu.member;

/** Grounds for removal from the list (xóa tên), REGULATIONS §3.9 (QĐ 294-QĐ/TW §8.1; Charter Art. 8). */
public enum RemovalGround {
    /** Quits party activity, or does not pay fees for 3 months in a year without good reason. */
    INACTIVE_OR_UNPAID_FEES,
    /** Voluntarily returns or destroys the party card. */
    CARD_RETURNED_OR_DESTROYED,
    /** No progress after 12 months of the cell's education. */
    NO_PROGRESS_AFTER_EDUCATION,
    /** Violates member standing two years in a row (rated "không hoàn thành nhiệm vụ" twice running). */
    FAILED_STANDING_TWO_YEARS,
    /** Fails the political standards set by the Politburo. */
    POLITICAL_STANDARDS,
    /** A probationary member found unfit for official membership (Charter Art. 5). */
    PROBATION_UNFIT
}

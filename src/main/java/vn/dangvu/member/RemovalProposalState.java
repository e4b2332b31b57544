package vn.dangvu.member;

/** Where a proposal of removal from the list stands. */
public enum RemovalProposalState {
    /** Awaiting the competent committee. */
    OPEN,
    /** Dismissed by the staff, with a reason (a good reason was shown, the member paid up …). */
    DISMISSED,
    /** Decided: the removal was recorded in the member's lifecycle. */
    DONE
}

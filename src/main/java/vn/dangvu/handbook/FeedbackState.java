package vn.dangvu.handbook;

/** Where a member's feedback stands. */
public enum FeedbackState {
    /** Sent, not yet answered. */
    OPEN,
    /** Answered by the committee; the member has been told. */
    ANSWERED
}

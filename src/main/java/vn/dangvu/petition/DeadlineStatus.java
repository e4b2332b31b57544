package vn.dangvu.petition;

/** How a petition stands against its running deadline (acceptance while unaccepted, settlement once accepted). */
public enum DeadlineStatus {
    /** No deadline runs (closed, or a proposal or feedback once accepted). */
    NONE,
    ON_TIME,
    /** The deadline falls within {@code dangvu.petition.due-soon-days}. */
    DUE_SOON,
    /** The deadline has passed. */
    OVERDUE
}

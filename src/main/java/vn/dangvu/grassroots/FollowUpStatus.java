package vn.dangvu.grassroots;

/** Where a follow-up task of a visit stands. */
public enum FollowUpStatus {
    /** To be done. */
    OPEN,
    /** Done. */
    DONE,
    /** Handed over to become a task of a work programme; followed there. */
    PROGRAMME_TASK
}

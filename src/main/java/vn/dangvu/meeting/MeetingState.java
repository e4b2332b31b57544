package vn.dangvu.meeting;

/** Where a meeting stands: planned → invited → held → minuted, or cancelled before it is held. */
public enum MeetingState {
    PLANNED,
    INVITED,
    HELD,
    MINUTED,
    CANCELLED
}

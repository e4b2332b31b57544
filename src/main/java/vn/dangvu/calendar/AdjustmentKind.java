package vn.dangvu.calendar;

/** The two adjustments an administrator can make to the calendar. */
public enum AdjustmentKind {
    /** The day becomes a day off. */
    OFF,
    /** The day becomes a working day (làm bù). */
    WORKING;

    DayKind dayKind() {
        return this == OFF ? DayKind.EXTRA_DAY_OFF : DayKind.MAKE_UP_WORKING_DAY;
    }
}

package vn.dangvu.calendar;

/** What a calendar entry makes of its day. */
public enum DayKind {
    /** Ngày nghỉ lễ, tết: a public holiday of Art. 112(1). */
    PUBLIC_HOLIDAY,
    /** Nghỉ bù: a public holiday fell on a weekend, so the next working day is off (Art. 111(3)). */
    COMPENSATORY_DAY_OFF,
    /** An extra day off set by an administrator (e.g. the government's swap of a bridge day). */
    EXTRA_DAY_OFF,
    /** Làm bù: a weekend day made a working day by an administrator. */
    MAKE_UP_WORKING_DAY;

    /** Whether the day is off work. */
    public boolean dayOff() {
        return this != MAKE_UP_WORKING_DAY;
    }
}

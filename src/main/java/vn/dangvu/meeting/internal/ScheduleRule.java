package vn.dangvu.meeting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * The day a recurring rule gives in a month: day N (1–28, so every month has it), or the Nth (1–4) or last (-1)
 * weekday. The monthly regular meeting is the Charter's (REGULATIONS §7.1); the rule itself is the cell's choice.
 */
final class ScheduleRule {

    private ScheduleRule() {}

    static LocalDate dayIn(
            YearMonth month, @Nullable Integer dayOfMonth, @Nullable Integer weekOfMonth, @Nullable Integer dayOfWeek) {
        if (dayOfMonth != null) {
            return month.atDay(dayOfMonth);
        }
        DayOfWeek weekday = DayOfWeek.of(java.util.Objects.requireNonNull(dayOfWeek));
        LocalDate first = month.atDay(1);
        int week = java.util.Objects.requireNonNull(weekOfMonth);
        return week == -1
                ? first.with(TemporalAdjusters.lastInMonth(weekday))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
    }

    /** Whether the fields make one of the two rules. */
    static boolean valid(@Nullable Integer dayOfMonth, @Nullable Integer weekOfMonth, @Nullable Integer dayOfWeek) {
        if (dayOfMonth != null) {
            return weekOfMonth == null && dayOfWeek == null && dayOfMonth >= 1 && dayOfMonth <= 28;
        }
        return weekOfMonth != null
                && dayOfWeek != null
                && (weekOfMonth == -1 || (weekOfMonth >= 1 && weekOfMonth <= 4))
                && dayOfWeek >= 1
                && dayOfWeek <= 7;
    }
}

package vn.dangvu.conference.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a body's term work programme should have come by a day. Regular conferences fall due evenly over the term
 * (REGULATIONS §1.4: a provincial executive committee meets about quarterly, [I]), so by a day the number due is the
 * planned number in proportion to the days of the term elapsed, rounded down; a planned thematic conference or
 * resolution is behind once its quarter has ended without it.
 */
public final class TermProgress {

    private TermProgress() {}

    /** Regular conferences due by {@code day} out of {@code planned} over the term from {@code start} to {@code end}. */
    public static int expected(int planned, LocalDate start, LocalDate end, LocalDate day) {
        if (!day.isAfter(start)) {
            return 0;
        }
        if (!day.isBefore(end)) {
            return planned;
        }
        long total = ChronoUnit.DAYS.between(start, end);
        long elapsed = ChronoUnit.DAYS.between(start, day);
        return (int) (planned * elapsed / total);
    }

    /** Whether an item planned for a quarter is behind on {@code day}: its quarter has ended and it is not done. */
    public static boolean behind(int year, int quarter, boolean done, LocalDate day) {
        if (done) {
            return false;
        }
        LocalDate quarterEnd = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        return day.isAfter(quarterEnd);
    }
}

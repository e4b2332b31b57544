package vn.dangvu.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrator's change to the calendar.
 *
 * @param date the day changed (one adjustment per day)
 * @param kind day off or working day
 * @param reason why, e.g. the government notice that ordered it
 * @param createdBy the administrator's user name
 * @param createdAt when it was made
 */
public record HolidayAdjustment(
        LocalDate date, AdjustmentKind kind, String reason, String createdBy, Instant createdAt) {}

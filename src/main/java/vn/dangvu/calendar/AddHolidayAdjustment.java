package vn.dangvu.calendar;

import java.time.LocalDate;

/**
 * Command: make a day a day off or a working day.
 *
 * @param date the day
 * @param kind the adjustment
 * @param reason why (shown in the calendar as the entry's source)
 */
public record AddHolidayAdjustment(LocalDate date, AdjustmentKind kind, String reason) {}

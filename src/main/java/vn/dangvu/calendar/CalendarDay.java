package vn.dangvu.calendar;

import java.time.LocalDate;

/**
 * One entry of the year's calendar: a public holiday, a compensatory day off, or an administrator's adjustment.
 *
 * @param date the day
 * @param name its name in Vietnamese, e.g. {@code Giỗ Tổ Hùng Vương (10/3 âm lịch)}
 * @param kind what the entry makes of the day
 * @param source the rule that made it (an article of the Labour Code) or the administrator's reason
 */
public record CalendarDay(LocalDate date, String name, DayKind kind, String source) {}

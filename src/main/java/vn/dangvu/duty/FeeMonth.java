package vn.dangvu.duty;

import java.time.YearMonth;

/**
 * One member's fee for one month.
 *
 * @param month the month
 * @param due the amount due in VND (rounded half up to whole đồng), 0 when exempt or without basis
 * @param paid the amount paid for the month
 * @param status paid, partial, unpaid, exempt, without basis or upcoming
 * @param rule the rule that set the amount (category and rate, relief)
 */
public record FeeMonth(YearMonth month, long due, long paid, FeeStatus status, String rule) {}

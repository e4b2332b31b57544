package vn.dangvu.org;

import java.time.LocalDate;

/**
 * A term (nhiệm kỳ) of a unit, counted from the day its congress was held (HD 06-HD/TW).
 *
 * @param id term id
 * @param unitId the unit
 * @param congressNumber the congress's sequence number ("lần thứ"), continuing earlier terms
 * @param startsOn the day the congress was held
 * @param lengthMonths planned length: 60, or 30 for a cell with a 2.5-year term
 * @param endsOn planned end ({@code startsOn} plus the length)
 * @param current whether this is the term running today
 */
public record OrgTerm(
        long id,
        long unitId,
        int congressNumber,
        LocalDate startsOn,
        int lengthMonths,
        LocalDate endsOn,
        boolean current) {}

package vn.dangvu.grassroots.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Grassroots-work settings (see docs/architecture.md); the numbers are configurable because REGULATIONS §14 did not
 * find the rule behind the first one and found the others only in provincial implementations.
 *
 * @param minimumShare the minimum share of working days a committee member spends at the grassroots, as a fraction
 *     {@code n/d}: the "at least 1/3 of their time" of the Hanoi working regulations, not found in the sources
 *     (unconfirmed)
 * @param provincialCellMeetingsPerYear residential cell meetings a member of a provincial committee attends a year
 *     (KH 10-KH/TW 2018 as set by Kon Tum QĐ 776-QĐ/TU 2023: at least 2)
 * @param cellMeetingsPerYear the same for members of every other committee (Kon Tum: at least 6)
 * @param provincialReceptionDaysPerMonth citizen-reception days a month of the head of a provincial committee (QĐ
 *     11-QĐi/TW 2019: at least 1)
 * @param communeReceptionDaysPerMonth the same for the head of a commune-level committee (KL 215-KL/TW 2025 as
 *     reported in the 2025 press: at least 2)
 * @param monthCounting how the months of a period are counted for the monthly and yearly counts when the period starts
 *     or ends inside a month: {@code TOUCHED} (default) counts every month the period touches as a whole month, {@code
 *     COMPLETE} only the months wholly inside the period. The regulations count by calendar month and say nothing of
 *     a period cut inside a month (REGULATIONS §13.1, §14; unconfirmed)
 */
@ConfigurationProperties("dangvu.grassroots")
public record GrassrootsProperties(
        @DefaultValue("1/3") String minimumShare,
        @DefaultValue("2") int provincialCellMeetingsPerYear,
        @DefaultValue("6") int cellMeetingsPerYear,
        @DefaultValue("1") int provincialReceptionDaysPerMonth,
        @DefaultValue("2") int communeReceptionDaysPerMonth,
        @DefaultValue("TOUCHED") MonthCounting monthCounting) {

    /** How the months of a period cut inside a month are counted. */
    public enum MonthCounting {
        /** Every calendar month the period touches counts as a whole month. */
        TOUCHED,
        /** Only the calendar months wholly inside the period count. */
        COMPLETE
    }
}

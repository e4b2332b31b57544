package vn.dangvu.calendar.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public-holiday rules ({@code dangvu.calendar.*}). The Labour Code fixes five days of Tết and two of
 * National Day but lets the Prime Minister choose which (Bộ luật Lao động 2019, Art. 112(3)); the defaults are the
 * arrangement the government has used for public servants in most recent years. A year that differs is corrected with
 * adjustments rather than by changing these settings, which apply to every year.
 *
 * @param tetDaysBefore days of Tết before the lunar new year (default 1: the last day of the lunar year)
 * @param tetDaysAfter days of Tết from the lunar new year on (default 4: the 1st to the 4th of the first month)
 * @param nationalDayAdjacent the day added to National Day 2/9: {@code BEFORE} (1/9, default) or {@code AFTER} (3/9)
 */
@ConfigurationProperties("dangvu.calendar")
public record CalendarProperties(
        @DefaultValue("1") int tetDaysBefore,
        @DefaultValue("4") int tetDaysAfter,
        @DefaultValue("BEFORE") Adjacent nationalDayAdjacent) {

    /** Which side of 2/9 the second day of National Day falls on. */
    public enum Adjacent {
        BEFORE,
        AFTER
    }

    public CalendarProperties {
        if (tetDaysBefore < 0 || tetDaysAfter < 1 || tetDaysBefore + tetDaysAfter != 5) {
            throw new IllegalArgumentException(
                    "Tết lasts 5 days (Labour Code 2019, Art. 112(1)(b)): tet-days-before + tet-days-after must be 5");
        }
    }

    /** The defaults, for tests and tools. */
    public static CalendarProperties defaults() {
        return new CalendarProperties(1, 4, Adjacent.BEFORE);
    }
}

package vn.dangvu.petition.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Petition settings (see docs/architecture.md).
 *
 * @param dayCount whether the statutory deadlines count calendar or working days. REGULATIONS §13.2 gives the
 *     numbers of days without saying which, so this is unconfirmed; calendar days, the default, give the earlier
 *     (stricter) deadline
 * @param dueSoonDays a running deadline this many calendar days away or closer shows as due soon (a product choice)
 */
@ConfigurationProperties("dangvu.petition")
public record PetitionProperties(
        @DefaultValue("CALENDAR") DayCount dayCount,
        @DefaultValue("5") int dueSoonDays) {

    /** How deadline days are counted. */
    public enum DayCount {
        CALENDAR,
        WORKING
    }
}

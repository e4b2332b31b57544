package vn.dangvu.election.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Election settings (see docs/architecture.md). QĐ 190-QĐ/TW, Art. 14 is found for the 30 % ceiling, the 10–15 % of
 * the convening committee's list, the one extra name for bodies of 3 to 5 and the 30 % support of a floor nomination
 * (REGULATIONS §8.3); how a percentage of the seats is rounded to whole names is not stated and is inferred, so every
 * number is a setting.
 *
 * @param maxSurplusPercent the most names over the seats the final list may carry, as a percentage of the seats (Art.
 *     14: 30); a fraction of a name is dropped
 * @param conveningMinSurplusPercent the least surplus of the convening committee's list (Art. 14: 10); a fraction of
 *     a name counts as one
 * @param conveningMaxSurplusPercent the most surplus of the convening committee's list (Art. 14: 15); a fraction of a
 *     name is dropped, but never below the minimum
 * @param smallBodyMinSeats the smallest body the one-extra rule covers (3)
 * @param smallBodyMaxSeats the largest body the one-extra rule covers (5)
 * @param smallBodyMaxSurplus the most names over the seats for such a body (1)
 * @param floorSupportPercent the support, as a percentage of those present, a floor nomination must exceed (30)
 */
@ConfigurationProperties("dangvu.election")
public record ElectionProperties(
        @DefaultValue("30") int maxSurplusPercent,
        @DefaultValue("10") int conveningMinSurplusPercent,
        @DefaultValue("15") int conveningMaxSurplusPercent,
        @DefaultValue("3") int smallBodyMinSeats,
        @DefaultValue("5") int smallBodyMaxSeats,
        @DefaultValue("1") int smallBodyMaxSurplus,
        @DefaultValue("30") int floorSupportPercent) {

    /** The settings of the regulation as found. */
    public static ElectionProperties defaults() {
        return new ElectionProperties(30, 10, 15, 3, 5, 1, 30);
    }
}

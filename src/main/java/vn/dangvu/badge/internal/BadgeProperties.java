package vn.dangvu.badge.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Badge settings (see docs/architecture.md).
 *
 * @param backlogMonths how long after reaching a milestone a member not yet awarded stays on the occasions' lists
 *     (a product choice, not a rule; later omissions are proposed from the member's page)
 * @param giftMultiples the cash gift with each badge as a multiple of the base salary (HD 56-HD/VPTW 27/10/2015);
 *     the values for 45, 85 and 90 years were not found and are left unset
 */
@ConfigurationProperties("dangvu.badges")
record BadgeProperties(@DefaultValue("12") int backlogMonths, Map<Integer, BigDecimal> giftMultiples) {

    BadgeProperties {
        giftMultiples = giftMultiples == null ? Map.of() : Map.copyOf(giftMultiples);
    }
}

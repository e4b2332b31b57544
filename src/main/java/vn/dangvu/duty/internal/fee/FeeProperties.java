package vn.dangvu.duty.internal.fee;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dangvu.duty.FeeCategory;

/**
 * Party-fee settings for what REGULATIONS §6 marks not found (see docs/architecture.md).
 *
 * @param fixedAmounts monthly amounts in VND of the fixed-amount categories ({@code NON_BHXH}, {@code ABROAD}):
 *     QĐ 01-QĐ/TW 2026 leaves them to guidance not seen — unconfirmed defaults
 * @param retention percent of the collected amount kept by the cell and by the grassroots committee; the upper level
 *     receives the rest — the split between levels was not found (unconfirmed defaults)
 */
@ConfigurationProperties("dangvu.fees")
public record FeeProperties(Map<FeeCategory, Long> fixedAmounts, Map<String, Integer> retention) {

    public FeeProperties {
        fixedAmounts = fixedAmounts == null ? Map.of() : Map.copyOf(new EnumMap<>(fixedAmounts));
        retention = retention == null ? Map.of() : Map.copyOf(retention);
    }

    /** The cell's share in percent. */
    public int cellPercent() {
        return retention.getOrDefault("cell", 0);
    }

    /** The grassroots committee's share in percent. */
    public int grassrootsPercent() {
        return retention.getOrDefault("grassroots", 0);
    }
}

package vn.dangvu.org.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the organisation tree ({@code dangvu.org.*}).
 *
 * @param cellTermMonths the term lengths, in months, a chi bộ trực thuộc may have. Default 30 and 60: cells have
 *     long held two congresses per five years, and QĐ 294-QĐ/TW with HD 06-HD/TW pilots a five-year term for them
 *     (REGULATIONS §1.3). Because the 5-year term is a pilot, an installation may allow only one of them.
 */
@ConfigurationProperties("dangvu.org")
public record OrgProperties(@DefaultValue({"30", "60"}) List<Integer> cellTermMonths) {

    public OrgProperties {
        cellTermMonths = List.copyOf(cellTermMonths);
        if (cellTermMonths.isEmpty() || cellTermMonths.stream().anyMatch(m -> m != 30 && m != 60)) {
            throw new IllegalArgumentException("dangvu.org.cell-term-months: 30 and/or 60 (REGULATIONS §1.3)");
        }
    }

    /** The defaults, for tests and tools. */
    public static OrgProperties defaults() {
        return new OrgProperties(List.of(30, 60));
    }
}

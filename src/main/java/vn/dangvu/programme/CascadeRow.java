package vn.dangvu.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parent indicator or task with the contributions of the organisations that adopted it.
 *
 * @param itemId the parent indicator or task
 * @param seq its number
 * @param name its name or title
 * @param kind {@code INDICATOR} or {@code TASK}
 * @param total for indicators, the sum of the children's latest values
 * @param contributions each adopting organisation's share, visible to the caller
 * @param notReported names of the adopting organisations that have reported nothing by the day
 */
public record CascadeRow(
        UUID itemId,
        int seq,
        String name,
        String kind,
        @Nullable BigDecimal total,
        List<Contribution> contributions,
        List<String> notReported) {}

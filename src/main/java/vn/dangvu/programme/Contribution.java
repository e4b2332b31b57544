package vn.dangvu.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one adopting organisation contributes to a parent indicator or task.
 *
 * @param programmeId the child programme
 * @param code its code
 * @param unitId the adopting unit
 * @param unitName its name
 * @param itemId the child indicator or task
 * @param target the child's target (indicators)
 * @param value the child's latest value (indicators) by the day
 * @param progress the child's progress percent (tasks) or progress toward its target (indicators)
 * @param asOf the day of the child's latest report
 * @param status the child's status name (an IndicatorStatus or TaskStatus)
 * @param reported whether the child has reported anything by the day
 */
public record Contribution(
        UUID programmeId,
        String code,
        long unitId,
        String unitName,
        UUID itemId,
        @Nullable BigDecimal target,
        @Nullable BigDecimal value,
        @Nullable Integer progress,
        @Nullable LocalDate asOf,
        String status,
        boolean reported) {}

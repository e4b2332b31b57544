package vn.dangvu.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An indicator with its latest value and status as of the programme view's day.
 *
 * @param id indicator id
 * @param seq its number in the programme (1, 2, …)
 * @param name what is measured
 * @param unit unit of measure
 * @param baseline value at the start
 * @param target target value (null for BY_DATE)
 * @param targetDate target date (BY_DATE)
 * @param direction how the target is met
 * @param reporting how often it is reported
 * @param responsibleUnitId the reporting organisation
 * @param responsibleUnitName its name
 * @param parentIndicatorId the parent programme's indicator this one contributes to
 * @param value the latest value reported by the day
 * @param period the period of that value
 * @param valueAsOf the day of that value
 * @param achievedOn BY_DATE: the day achieved
 * @param status the status (IndicatorStatusPolicy)
 * @param progress percent of the way from baseline to target
 * @param expected percent expected by the day under the linear rule
 * @param rule the rule applied, in words
 * @param canReport whether the caller may report it
 * @param canRemove whether it may be removed (nothing reported, no adopted copy)
 * @param version optimistic-lock version, to send back with a report
 */
public record IndicatorView(
        UUID id,
        int seq,
        String name,
        String unit,
        BigDecimal baseline,
        @Nullable BigDecimal target,
        @Nullable LocalDate targetDate,
        IndicatorDirection direction,
        ReportingPeriod reporting,
        long responsibleUnitId,
        String responsibleUnitName,
        @Nullable UUID parentIndicatorId,
        @Nullable BigDecimal value,
        @Nullable String period,
        @Nullable LocalDate valueAsOf,
        @Nullable LocalDate achievedOn,
        IndicatorStatus status,
        @Nullable Integer progress,
        int expected,
        String rule,
        boolean canReport,
        boolean canRemove,
        long version) {}

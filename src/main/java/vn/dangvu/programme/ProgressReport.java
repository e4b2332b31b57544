package vn.dangvu.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One report in the history of an indicator or a task.
 *
 * @param id report id
 * @param period the period (indicators)
 * @param asOf the day the figure stands at
 * @param value the value (indicators)
 * @param achievedOn the day achieved (BY_DATE indicators)
 * @param progress the percent done (tasks)
 * @param reportingUnitName the organisation that reported (indicators)
 * @param evidenceDocumentId the document proving it
 * @param evidenceText the proof in words
 * @param comment the comment
 * @param at when it was recorded
 * @param by who recorded it
 */
public record ProgressReport(
        UUID id,
        @Nullable String period,
        LocalDate asOf,
        @Nullable BigDecimal value,
        @Nullable LocalDate achievedOn,
        @Nullable Integer progress,
        @Nullable String reportingUnitName,
        @Nullable UUID evidenceDocumentId,
        @Nullable String evidenceText,
        @Nullable String comment,
        Instant at,
        String by) {}

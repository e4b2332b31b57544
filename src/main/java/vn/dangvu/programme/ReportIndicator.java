package vn.dangvu.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An actual value reported by the responsible organisation.
 *
 * @param period the reporting period, {@code 2026-Q1} for quarterly or {@code 2026} for yearly indicators
 * @param asOf the day the value stands at (default today, never in the future)
 * @param value the value (for BY_DATE the progress in percent)
 * @param achievedOn for BY_DATE, the day the result was achieved
 * @param evidenceDocumentId a document of the library that proves it
 * @param evidenceText the proof in words (a report number, a minute)
 * @param comment the organisation's comment
 * @param version the indicator's version last read
 */
public record ReportIndicator(
        @NotBlank(message = "{programme.report.period.required}")
        @Pattern(regexp = "^[0-9]{4}(-Q[1-4])?$", message = "{programme.report.period.invalid}")
        @Nullable
        String period,

        @Nullable LocalDate asOf,
        @Nullable BigDecimal value,
        @Nullable LocalDate achievedOn,
        @Nullable UUID evidenceDocumentId,

        @Nullable @Size(max = 2000, message = "{programme.text.size}")
        String evidenceText,

        @Nullable @Size(max = 4000, message = "{programme.text.size}")
        String comment,

        @NotNull(message = "{programme.version.required}") @Nullable
        Long version) {}

package vn.dangvu.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A revision of an indicator: what it says, as for a new one ({@link AddIndicator}), and the version last read. An
 * adopted indicator keeps the parent's name, unit, direction and reporting period; the adopting unit revises its own
 * baseline, target and responsible unit.
 *
 * @param name what is measured
 * @param unit unit of measure
 * @param baseline the value at the start of the period
 * @param target the target value (not for BY_DATE)
 * @param targetDate the day a BY_DATE indicator must be achieved by
 * @param direction how the target is met
 * @param reporting how often the responsible organisation reports
 * @param responsibleUnitId the organisation that reports it
 * @param version the version last read
 */
public record ReviseIndicator(
        @NotBlank(message = "{programme.indicator.name.required}")
        @Size(max = 500, message = "{programme.text.size}")
        @Nullable
        String name,

        @NotBlank(message = "{programme.indicator.unit.required}")
        @Size(max = 40, message = "{programme.text.size}")
        @Nullable
        String unit,

        @NotNull(message = "{programme.indicator.baseline.required}") @Nullable
        BigDecimal baseline,

        @Nullable BigDecimal target,
        @Nullable LocalDate targetDate,

        @NotNull(message = "{programme.indicator.direction.required}") @Nullable
        IndicatorDirection direction,

        @NotNull(message = "{programme.indicator.reporting.required}") @Nullable
        ReportingPeriod reporting,

        @NotNull(message = "{programme.indicator.responsibleUnitId.required}") @Nullable
        Long responsibleUnitId,

        @NotNull(message = "{version.required}") @Nullable Long version) {

    /** What the indicator says, as for a new one. */
    public AddIndicator indicator() {
        return new AddIndicator(name, unit, baseline, target, targetDate, direction, reporting, responsibleUnitId);
    }
}

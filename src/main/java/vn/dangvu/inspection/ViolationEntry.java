package vn.dangvu.inspection;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One violation behind a discipline decision.
 *
 * @param violatedOn when it was committed (for a long-running violation: when it stopped)
 * @param category its category (QĐ 69-QĐ/TW ch. III)
 * @param exception the kind of violation that has no limitation period, if it is one
 */
public record ViolationEntry(
        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate violatedOn,

        @NotNull(message = "{inspection.category.required}") @Nullable
        ViolationCategory category,

        @Nullable LimitationException exception) {}

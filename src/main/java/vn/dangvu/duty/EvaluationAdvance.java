package vn.dangvu.duty;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Moves a cycle to its next step.
 *
 * @param to the step expected next (guards against a double click)
 * @param decisionNumber the competent body's decision, required to reach DECIDED
 * @param decisionDate its date
 * @param version the cycle's version last read
 */
public record EvaluationAdvance(
        @NotNull(message = "{evaluation.state.required}") @Nullable
        EvaluationCycleState to,

        @Size(max = 40, message = "{evaluation.text.size}") @Nullable
        String decisionNumber,

        @Nullable LocalDate decisionDate,

        @NotNull(message = "{evaluation.version.required}") @Nullable
        Long version) {}

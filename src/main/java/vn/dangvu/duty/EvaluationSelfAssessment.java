package vn.dangvu.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member's self-assessment (REGULATIONS §5.4 step 1).
 *
 * @param score own score on the 100-point framework
 * @param level the level the member proposes
 * @param tasksTotal tasks assigned in the period
 * @param tasksExceeding tasks done beyond requirements
 * @param tasksLate tasks done late
 * @param comment the self-assessment text
 * @param version the entry's version last read, {@code null} for a first one
 */
public record EvaluationSelfAssessment(
        @NotNull(message = "{evaluation.score.required}")
        @Min(value = 0, message = "{evaluation.score.range}")
        @Max(value = 100, message = "{evaluation.score.range}")
        @Nullable
        Integer score,

        @NotNull(message = "{evaluation.level.required}") @Nullable
        EvaluationLevel level,

        @NotNull(message = "{evaluation.tasks.required}")
        @Min(value = 0, message = "{evaluation.tasks.range}")
        @Max(value = 10000, message = "{evaluation.tasks.range}")
        @Nullable
        Integer tasksTotal,

        @NotNull(message = "{evaluation.tasks.required}")
        @Min(value = 0, message = "{evaluation.tasks.range}")
        @Max(value = 10000, message = "{evaluation.tasks.range}")
        @Nullable
        Integer tasksExceeding,

        @NotNull(message = "{evaluation.tasks.required}")
        @Min(value = 0, message = "{evaluation.tasks.range}")
        @Max(value = 10000, message = "{evaluation.tasks.range}")
        @Nullable
        Integer tasksLate,

        @Size(max = 2000, message = "{evaluation.text.size}") @Nullable
        String comment,

        @Nullable Long version) {}

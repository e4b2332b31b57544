package vn.dangvu.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The cell's appraisal of a member and its proposed level (REGULATIONS §5.4 step 2).
 *
 * @param score appraised score on the 100-point framework
 * @param tasksTotal tasks assigned in the period
 * @param tasksExceeding tasks done beyond requirements
 * @param tasksLate tasks done late
 * @param level the proposed level
 * @param remark the cell's remark
 * @param version the entry's version last read
 */
public record EvaluationAppraisal(
        @NotNull(message = "{evaluation.score.required}")
        @Min(value = 0, message = "{evaluation.score.range}")
        @Max(value = 100, message = "{evaluation.score.range}")
        @Nullable
        Integer score,

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

        @NotNull(message = "{evaluation.level.required}") @Nullable
        EvaluationLevel level,

        @Size(max = 2000, message = "{evaluation.text.size}") @Nullable
        String remark,

        @NotNull(message = "{evaluation.version.required}") @Nullable
        Long version) {}

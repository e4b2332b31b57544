package vn.dangvu.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A cycle to open.
 *
 * @param orgUnitId the committee opening it for its subtree
 * @param kind members (the default) or organisations
 * @param year the year rated
 * @param period the year, a quarter or the term
 * @param selfAssessmentDue last day of self-assessment
 * @param appraisalDue last day of the cells' appraisal
 */
public record EvaluationCycleDraft(
        @NotNull(message = "{evaluation.orgUnitId.required}") @Nullable
        Long orgUnitId,

        @Nullable EvaluationCycleKind kind,

        @NotNull(message = "{evaluation.year.required}")
        @Min(value = 2000, message = "{evaluation.year.range}")
        @Max(value = 2100, message = "{evaluation.year.range}")
        @Nullable
        Integer year,

        @Nullable EvaluationPeriod period,
        @Nullable LocalDate selfAssessmentDue,
        @Nullable LocalDate appraisalDue) {}

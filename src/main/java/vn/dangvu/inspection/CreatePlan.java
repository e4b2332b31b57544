package vn.dangvu.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Creates an inspection or supervision plan (what {@code POST /api/v1/inspection-plans} carries).
 *
 * @param ownerUnitId the committee, commission's or cell's unit whose plan it is
 * @param owner the commission of that unit, or the committee or cell itself
 * @param activity inspection or supervision
 * @param periodKind one year or the whole term
 * @param year the year (for a yearly plan)
 * @param periodFrom first day of the term (for a whole-term plan)
 * @param periodTo last day of the term (for a whole-term plan)
 * @param title the plan's title
 * @param decisionNumber number of the decision adopting the plan, if any
 * @param decisionDate its date
 */
public record CreatePlan(
        @NotNull(message = "{inspection.plan.owner-unit.required}") @Nullable
        Long ownerUnitId,

        @NotNull(message = "{inspection.plan.owner.required}") @Nullable
        PlanOwner owner,

        @NotNull(message = "{inspection.plan.activity.required}")
        CaseType.@Nullable Activity activity,

        @NotNull(message = "{inspection.plan.period.required}") @Nullable
        PlanPeriodKind periodKind,

        @Nullable
        @Min(value = 2000, message = "{inspection.plan.year.range}")
        @Max(value = 2100, message = "{inspection.plan.year.range}")
        Integer year,

        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,

        @NotBlank(message = "{inspection.title.required}")
        @Size(max = 300, message = "{inspection.text.size}")
        @Nullable
        String title,

        @Size(max = 64, message = "{inspection.text.size}") @Nullable
        String decisionNumber,

        @Nullable LocalDate decisionDate) {}

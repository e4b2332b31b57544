package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plan on the list, with its progress.
 *
 * @param id the plan
 * @param ownerUnitId the owning unit
 * @param ownerName its name
 * @param owner its commission or the committee or cell itself
 * @param activity inspection or supervision
 * @param periodKind one year or the whole term
 * @param year the year of a yearly plan
 * @param periodFrom first day covered
 * @param periodTo last day covered
 * @param title the plan's title
 * @param decisionNumber the adopting decision's number
 * @param decisionDate its date
 * @param progress the progress today
 */
public record PlanSummary(
        UUID id,
        long ownerUnitId,
        String ownerName,
        PlanOwner owner,
        CaseType.Activity activity,
        PlanPeriodKind periodKind,
        @Nullable Integer year,
        LocalDate periodFrom,
        LocalDate periodTo,
        String title,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        PlanProgress progress) {}

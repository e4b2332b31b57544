package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case file: the case, its timeline of steps, its conclusion and the discipline decisions it led to.
 *
 * @param id the case
 * @param commissionUnitId the owning commission's unit
 * @param commissionName its name
 * @param type inspection or supervision kind
 * @param activity inspection or supervision
 * @param subjectKind organisation or member
 * @param subjectUnitId the organisation inspected, or the member's cell
 * @param subjectMemberId the member inspected
 * @param subjectName who is inspected
 * @param title short title
 * @param content what is inspected
 * @param steps recorded steps in order
 * @param nextStep the step that may be recorded next, or {@code null} once concluded
 * @param violationFound the conclusion's finding
 * @param categories the categories of violation found
 * @param conclusion the conclusion's text
 * @param concludedOn the conclusion's date
 * @param namedMemberIds members the case names
 * @param decisions discipline decisions linked to the case
 * @param planItemId the plan item the case carries out, if any
 * @param manageable whether the caller may record steps (the commission's inspection role, not a named reader)
 * @param version for optimistic locking
 */
public record CaseView(
        UUID id,
        long commissionUnitId,
        String commissionName,
        CaseType type,
        CaseType.Activity activity,
        CaseSubjectKind subjectKind,
        long subjectUnitId,
        @Nullable UUID subjectMemberId,
        String subjectName,
        String title,
        @Nullable String content,
        List<CaseStepView> steps,
        @Nullable CaseStep nextStep,
        @Nullable Boolean violationFound,
        List<ViolationCategory> categories,
        @Nullable String conclusion,
        @Nullable LocalDate concludedOn,
        List<UUID> namedMemberIds,
        List<DisciplineSummary> decisions,
        @Nullable UUID planItemId,
        boolean manageable,
        long version) {}

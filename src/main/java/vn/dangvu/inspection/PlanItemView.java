package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item of a plan and where it stands.
 *
 * @param id the item
 * @param subjectKind organisation or member
 * @param subjectUnitId the organisation, or the member's cell
 * @param subjectMemberId the member
 * @param subjectName who is inspected or supervised
 * @param content what is inspected or supervised
 * @param plannedFrom first day of the planned period
 * @param plannedTo last day of the planned period
 * @param team who carries it out
 * @param teamMemberIds members of the team
 * @param caseType the kind of case intended
 * @param status where it stands today
 * @param cases the cases opened from it (titles only for callers who may read cases)
 * @param version for optimistic locking
 */
public record PlanItemView(
        UUID id,
        CaseSubjectKind subjectKind,
        long subjectUnitId,
        @Nullable UUID subjectMemberId,
        String subjectName,
        String content,
        LocalDate plannedFrom,
        LocalDate plannedTo,
        @Nullable String team,
        List<UUID> teamMemberIds,
        @Nullable CaseType caseType,
        PlanItemStatus status,
        List<PlanItemCase> cases,
        long version) {

    /**
     * A case opened from an item.
     *
     * @param id the case
     * @param title its title, or {@code null} when the caller may not read cases
     * @param concludedOn the conclusion's date, once concluded
     */
    public record PlanItemCase(
            UUID id, @Nullable String title, @Nullable LocalDate concludedOn) {}
}

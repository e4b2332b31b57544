package vn.dangvu.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits an item of a plan (what {@code POST /api/v1/inspection-plans/{id}/items} and {@code PUT …/items/{itemId}}
 * carry).
 *
 * @param subjectKind an organisation or a member
 * @param subjectUnitId the organisation (for an organisation), inside the owning unit's subtree
 * @param subjectMemberId the member (for a member), registered inside the owning unit's subtree
 * @param content what is inspected or supervised
 * @param plannedFrom first day of the planned period (a month, a quarter or any dates inside the plan's period)
 * @param plannedTo last day of the planned period
 * @param team who carries it out (free text: the team, the member in charge)
 * @param teamMemberIds members of the team, when named
 * @param caseType the kind of case the item is meant to open, if decided
 * @param version the item's version read (edits only; 409 when stale)
 */
public record SavePlanItem(
        @NotNull(message = "{inspection.subject.required}") @Nullable
        CaseSubjectKind subjectKind,

        @Nullable Long subjectUnitId,
        @Nullable UUID subjectMemberId,

        @NotBlank(message = "{inspection.plan.content.required}")
        @Size(max = 4000, message = "{inspection.text.size}")
        @Nullable
        String content,

        @NotNull(message = "{inspection.plan.planned.required}") @Nullable
        LocalDate plannedFrom,

        @NotNull(message = "{inspection.plan.planned.required}") @Nullable
        LocalDate plannedTo,

        @Size(max = 500, message = "{inspection.text.size}") @Nullable
        String team,

        @Size(max = 50, message = "{inspection.named.size}") @Nullable
        List<UUID> teamMemberIds,

        @Nullable CaseType caseType,
        @Nullable Long version) {

    public List<UUID> teamMembers() {
        return teamMemberIds == null
                ? List.of()
                : teamMemberIds.stream().distinct().toList();
    }
}

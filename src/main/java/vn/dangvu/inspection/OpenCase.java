package vn.dangvu.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opens an inspection or supervision case (what {@code POST /api/v1/inspection-cases} carries).
 *
 * @param commissionUnitId the unit whose inspection commission owns the case (it must be in the caller's scope)
 * @param type the kind of inspection or supervision
 * @param subjectKind an organisation or a member
 * @param subjectUnitId the organisation inspected (for an organisation)
 * @param subjectMemberId the member inspected (for a member)
 * @param title short title
 * @param content what is inspected or supervised
 * @param namedMemberIds members the case names (e.g. an inspection team from outside the commission): they may read it
 * @param planItemId the plan item the case carries out, if any: an item of a plan of the same unit naming the same
 *     subject
 */
public record OpenCase(
        @NotNull(message = "{inspection.commission.required}") @Nullable
        Long commissionUnitId,

        @NotNull(message = "{inspection.type.required}") @Nullable
        CaseType type,

        @NotNull(message = "{inspection.subject.required}") @Nullable
        CaseSubjectKind subjectKind,

        @Nullable Long subjectUnitId,
        @Nullable UUID subjectMemberId,

        @NotBlank(message = "{inspection.title.required}")
        @Size(max = 300, message = "{inspection.text.size}")
        @Nullable
        String title,

        @Size(max = 4000, message = "{inspection.text.size}") @Nullable
        String content,

        @Size(max = 50, message = "{inspection.named.size}") @Nullable
        List<UUID> namedMemberIds,

        @Nullable UUID planItemId) {

    public List<UUID> named() {
        return namedMemberIds == null ? List.of() : List.copyOf(namedMemberIds);
    }
}

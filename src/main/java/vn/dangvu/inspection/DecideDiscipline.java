package vn.dangvu.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records a discipline decision (what {@code POST /api/v1/discipline-decisions} carries).
 *
 * @param commissionUnitId the unit whose inspection commission keeps the decision (with a case: the case's)
 * @param caseId the case that led to it, if any
 * @param subjectKind an organisation or a member (official or probationary is read from the registry)
 * @param subjectUnitId the organisation disciplined
 * @param subjectMemberId the member disciplined
 * @param form the form of discipline
 * @param authority the kind of body deciding
 * @param decidingBody the body as the decision names it, e.g. "Ủy ban Kiểm tra Đảng ủy phường Ba Đình"
 * @param decisionNumber number and symbol of the decision
 * @param decidedOn the decision's date
 * @param receivedOn when the subject received it (the appeal's month counts from it); the decision's date if absent
 * @param reason the grounds
 * @param violations the violations, with their dates (the limitation period is checked on them)
 */
public record DecideDiscipline(
        @NotNull(message = "{inspection.commission.required}") @Nullable
        Long commissionUnitId,

        @Nullable UUID caseId,

        @NotNull(message = "{inspection.subject.required}") @Nullable
        CaseSubjectKind subjectKind,

        @Nullable Long subjectUnitId,
        @Nullable UUID subjectMemberId,

        @NotNull(message = "{inspection.form.required}") @Nullable
        DisciplineForm form,

        @NotNull(message = "{inspection.authority.required}") @Nullable
        DecidingAuthority authority,

        @NotBlank(message = "{inspection.body.required}") @Size(max = 300, message = "{inspection.text.size}") @Nullable
        String decidingBody,

        @NotBlank(message = "{inspection.number.required}")
        @Size(max = 64, message = "{inspection.text.size}")
        @Nullable
        String decisionNumber,

        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate decidedOn,

        @Nullable LocalDate receivedOn,

        @NotBlank(message = "{inspection.reason.required}")
        @Size(max = 4000, message = "{inspection.text.size}")
        @Nullable
        String reason,

        @NotEmpty(message = "{inspection.violations.required}")
        @Size(max = 20, message = "{inspection.violations.size}")
        @Nullable
        List<@Valid ViolationEntry> violations) {}

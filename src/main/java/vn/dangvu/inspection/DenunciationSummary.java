package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A denunciation in the commission's register (no denouncer's identity: the list is for triage).
 *
 * @param id the denunciation
 * @param commissionUnitId the handling commission's unit
 * @param receivedOn when it was received
 * @param channel how it arrived
 * @param accusedKind an organisation or a member
 * @param accusedName who is accused
 * @param state where it stands
 * @param notHandledReason why it is not handled
 * @param dueOn the handling deadline (extension included) once accepted
 * @param workingDaysLeft working days from today to the deadline while handling; negative when overdue
 * @param caseId the inspection case opened from it
 */
public record DenunciationSummary(
        UUID id,
        long commissionUnitId,
        LocalDate receivedOn,
        DenunciationChannel channel,
        CaseSubjectKind accusedKind,
        String accusedName,
        DenunciationState state,
        @Nullable NotHandledReason notHandledReason,
        @Nullable LocalDate dueOn,
        @Nullable Integer workingDaysLeft,
        @Nullable UUID caseId) {}

package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A denunciation's file, read only by the handling commission (the denouncer's identity is here and nowhere else).
 *
 * @param id the denunciation
 * @param commissionUnitId the handling commission's unit
 * @param commissionName its name
 * @param receivedOn when it was received
 * @param channel how it arrived
 * @param denouncerName the name as signed (empty when anonymous)
 * @param denouncerAddress the address to reply to
 * @param denouncerContact phone or e-mail
 * @param signerCount how many signed
 * @param falseName known to be under a false name
 * @param repeated repeats a settled denunciation without new evidence
 * @param accusedKind an organisation or a member
 * @param accusedUnitId the organisation, or the member's cell
 * @param accusedMemberId the member
 * @param accusedName who is accused
 * @param content what is denounced
 * @param state where it stands
 * @param notHandledReason why it is not handled
 * @param notHandledOn when it was found not to be handled
 * @param rule the rule behind the state: why it is not handled, or the deadline's source
 * @param acceptedOn when it was accepted for handling
 * @param handlerName who leads the handling
 * @param dueOn the handling deadline, extension included
 * @param workingDaysLeft working days from today to the deadline while handling; negative when overdue
 * @param extensionDays the working days of the extension, if any
 * @param extensionReason why it was extended
 * @param extensionNoticeOn when the parties were notified of the extension
 * @param maxExtensionDays the most working days an extension may add
 * @param concludedOn when it was concluded
 * @param finding the finding
 * @param conclusion the conclusion's text
 * @param caseId the inspection case opened from it
 * @param version for optimistic locking
 */
public record DenunciationView(
        UUID id,
        long commissionUnitId,
        String commissionName,
        LocalDate receivedOn,
        DenunciationChannel channel,
        @Nullable String denouncerName,
        @Nullable String denouncerAddress,
        @Nullable String denouncerContact,
        int signerCount,
        boolean falseName,
        boolean repeated,
        CaseSubjectKind accusedKind,
        long accusedUnitId,
        @Nullable UUID accusedMemberId,
        String accusedName,
        String content,
        DenunciationState state,
        @Nullable NotHandledReason notHandledReason,
        @Nullable LocalDate notHandledOn,
        String rule,
        @Nullable LocalDate acceptedOn,
        @Nullable String handlerName,
        @Nullable LocalDate dueOn,
        @Nullable Integer workingDaysLeft,
        @Nullable Integer extensionDays,
        @Nullable String extensionReason,
        @Nullable LocalDate extensionNoticeOn,
        int maxExtensionDays,
        @Nullable LocalDate concludedOn,
        @Nullable DenunciationFinding finding,
        @Nullable String conclusion,
        @Nullable UUID caseId,
        long version) {}

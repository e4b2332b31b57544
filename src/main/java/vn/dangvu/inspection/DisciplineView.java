package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A discipline decision with its violations, limitation, effects and appeals.
 *
 * @param id the decision
 * @param commissionUnitId the unit whose commission keeps it
 * @param caseId the case it came from
 * @param subject organisation, official or probationary member
 * @param subjectUnitId the organisation, or the member's cell
 * @param subjectMemberId the member
 * @param subjectName who is disciplined
 * @param originalForm the form decided
 * @param form the form in force (after any change on appeal)
 * @param authority the kind of body that decided
 * @param decidingBody the body
 * @param decisionNumber number and symbol
 * @param decidedOn the decision's date
 * @param receivedOn when the subject received it
 * @param reason the grounds
 * @param violations the violations with their dates
 * @param limitationRule the limitation rule applied (regulation and article)
 * @param limitationEndsOn the earliest last day of the violations' limitation periods, {@code null} when unlimited
 * @param state in force, changed or annulled
 * @param effects what the decision did to other records and what an annulment restored
 * @param appealUntil the last day to file an appeal
 * @param appeals the appeals, oldest first
 * @param version for optimistic locking
 */
public record DisciplineView(
        UUID id,
        long commissionUnitId,
        @Nullable UUID caseId,
        DisciplineSubject subject,
        long subjectUnitId,
        @Nullable UUID subjectMemberId,
        String subjectName,
        DisciplineForm originalForm,
        DisciplineForm form,
        DecidingAuthority authority,
        String decidingBody,
        String decisionNumber,
        LocalDate decidedOn,
        LocalDate receivedOn,
        String reason,
        List<ViolationEntry> violations,
        String limitationRule,
        @Nullable LocalDate limitationEndsOn,
        DisciplineState state,
        List<DisciplineEffect> effects,
        LocalDate appealUntil,
        List<AppealView> appeals,
        long version) {}

package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A discipline decision on a list.
 *
 * @param id the decision
 * @param caseId the case it came from, if any
 * @param subject organisation, official or probationary member
 * @param subjectName who is disciplined
 * @param form the form in force (after any change on appeal)
 * @param decisionNumber the decision's number
 * @param decidedOn its date
 * @param state in force, changed or annulled
 * @param appealPending whether an appeal awaits its outcome
 */
public record DisciplineSummary(
        UUID id,
        @Nullable UUID caseId,
        DisciplineSubject subject,
        String subjectName,
        DisciplineForm form,
        String decisionNumber,
        LocalDate decidedOn,
        DisciplineState state,
        boolean appealPending) {}

package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case on the commission's list.
 *
 * @param id the case
 * @param commissionUnitId the owning commission's unit
 * @param type inspection or supervision kind
 * @param subjectKind organisation or member
 * @param subjectName who is inspected
 * @param title short title
 * @param lastStep the latest step recorded, or {@code null} before the decision
 * @param lastStepOn its date
 * @param violationFound the conclusion's finding, once concluded
 * @param decisions how many discipline decisions the case led to
 */
public record CaseSummary(
        UUID id,
        long commissionUnitId,
        CaseType type,
        CaseSubjectKind subjectKind,
        String subjectName,
        String title,
        @Nullable CaseStep lastStep,
        @Nullable LocalDate lastStepOn,
        @Nullable Boolean violationFound,
        long decisions) {}

/**
 * Inspection, supervision and discipline (REGULATIONS §10; QĐ 296-QĐ/TW 2025, QĐ 69-QĐ/TW 2022): the cases of an
 * inspection commission with their dated steps, documents and conclusion ({@link
 * vn.dangvu.inspection.InspectionCaseManagement}); discipline decisions with the forms allowed for the subject, the
 * limitation period and their effects on the registry, the evaluation and the organisation, and the appeals against
 * them ({@link vn.dangvu.inspection.DisciplineManagement}); the summary report of a commission over a period, on screen,
 * in PDF and in Excel ({@link vn.dangvu.inspection.InspectionReports}, printed by the report module). Everything here is confidential: it is read only by the
 * INSPECTION role whose scope holds the owning commission's unit and by members a case names, every read is audited.
 * Owns the {@code inspection_*} tables; publishes no events. Rules: {@code DisciplineFormPolicy},
 * {@code DisciplineLimitationPolicy}, {@code AppealPolicy}, {@code CaseStepPolicy}.
 */
@ApplicationModule(
        displayName = "Inspection and discipline",
        allowedDependencies = {"shared", "org", "member", "calendar", "duty", "document", "report"})
@NullMarked
package vn.dangvu.inspection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

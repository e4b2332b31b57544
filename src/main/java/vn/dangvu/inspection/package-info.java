/**
 * Inspection, supervision and discipline (REGULATIONS §10; QĐ 296-QĐ/TW 2025, QĐ 69-QĐ/TW 2022): the cases of an
 * inspection commission with their dated steps, documents and conclusion ({@link
 * vn.dangvu.inspection.InspectionCaseManagement}); discipline decisions with the forms allowed for the subject, the
 * limitation period and their effects on the registry, the evaluation and the organisation, and the appeals against
 * them ({@link vn.dangvu.inspection.DisciplineManagement}); denunciations against organisations and members handled
 * inside the Party ({@link vn.dangvu.inspection.DenunciationManagement}, read by the commission only, never by the
 * accused); the summary report of a commission over a period, on screen, in PDF and in Excel ({@link
 * vn.dangvu.inspection.InspectionReports}, printed by the report module). Cases, decisions, appeals and denunciations are confidential: read only by the INSPECTION role whose scope
 * holds the owning commission's unit and by members a case names, every read is audited. Owns the {@code inspection_*}
 * tables; publishes no events. Its inspection and supervision plans ({@link
 * vn.dangvu.inspection.InspectionPlanManagement}) are internal rather than confidential: their managers and the
 * INSPECTION role over the owning unit read them. Rules: {@code DisciplineFormPolicy}, {@code PlanProgressPolicy},
 * {@code DisciplineLimitationPolicy}, {@code AppealPolicy}, {@code CaseStepPolicy}, {@code DenunciationPolicy}.
 */
@ApplicationModule(
        displayName = "Inspection and discipline",
        allowedDependencies = {"shared", "org", "member", "calendar", "duty", "document", "report"})
@NullMarked
package vn.dangvu.inspection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

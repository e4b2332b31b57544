/**
 * Statistics and standard reports over any part of the organisation tree (REGULATIONS §12.3; HD 11-HD/BTCTW 2021):
 * current statistics from subtree counters kept in the same transaction as the member and organisation changes that
 * move them, as-of-date statistics and movements over a period from the members' dated history, the standard
 * statistical forms on screen, in Excel and in PDF, and the dashboard. Reads the member and organisation modules and
 * listens to their events. Publishes no events. Its one published service is the printing of a report table as PDF and
 * Excel ({@link vn.dangvu.report.ReportDocuments}), which the inspection summary uses; it depends on no module above
 * it.
 */
@ApplicationModule(
        displayName = "Statistics and reports",
        allowedDependencies = {"shared", "org", "member"})
@NullMarked
package vn.dangvu.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

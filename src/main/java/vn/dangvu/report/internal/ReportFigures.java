package vn.dangvu.report.internal;

import java.time.LocalDate;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.Movements;
import vn.dangvu.report.SubtreeStatistics;

/**
 * Where the reports take their figures from: the subtree statistics (current from the counters, or as of a past date
 * from the members' dated history) and the movements over a period. The reports only lay the figures out; they never
 * count members themselves, so a report always agrees with the statistics page for the same unit and date.
 */
interface ReportFigures {

    /** The statistics of the unit's subtree on {@code date} (today or earlier). */
    SubtreeStatistics statistics(OrgUnitRef unit, LocalDate date);

    /** The movements of the unit's subtree from {@code from} to {@code to}, both included. */
    Movements movements(OrgUnitRef unit, LocalDate from, LocalDate to);
}

package vn.dangvu.report.internal;

import java.time.LocalDate;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.SubtreeStatistics;

/**
 * The statistics of a subtree as of a past date, from the members' counted periods (source {@code HISTORY},
 * {@link HistoryStatistics}); the current statistics come from the counters.
 */
public interface AsOfStatistics {

    /** The unit's statistics on {@code asOf}, with the same breakdowns and children as the current ones. */
    SubtreeStatistics statistics(OrgUnitRef unit, LocalDate asOf);
}

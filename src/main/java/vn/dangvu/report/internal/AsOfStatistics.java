package vn.dangvu.report.internal;

import java.time.LocalDate;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.SubtreeStatistics;

/**
 * The statistics of a subtree as of a past date, from the members' dated history (source {@code HISTORY}). The
 * current statistics come from the counters; a bean of this type answers the other dates. Until one exists a past
 * date is refused with {@code statistics.as-of-unavailable}.
 */
public interface AsOfStatistics {

    /** The unit's statistics on {@code asOf}, with the same breakdowns and children as the current ones. */
    SubtreeStatistics statistics(OrgUnitRef unit, LocalDate asOf);
}

package vn.dangvu.report;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.internal.HistoryStatistics;

/**
 * The statistics of an organisation's subtree as they stood on a past date, from the members' dated history (source
 * {@code HISTORY}). Each member is counted in the unit it belonged to on that date, placed where that unit sits in
 * the tree today (a merged or dissolved unit keeps its last place); the breakdowns use the member's attributes as
 * recorded today (they are not historised), with ages and membership ages at the date. The caller checks the scope.
 */
@Service
public class AsOfStatistics {

    private final HistoryStatistics history;

    AsOfStatistics(HistoryStatistics history) {
        this.history = history;
    }

    /** The statistics of {@code unit} and its subtree at the end of {@code asOf}. */
    public SubtreeStatistics statistics(OrgUnitRef unit, LocalDate asOf) {
        return history.statistics(unit, asOf);
    }
}

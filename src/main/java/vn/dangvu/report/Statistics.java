package vn.dangvu.report;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.report.internal.StatCounters;
import vn.dangvu.report.internal.StatisticsQueries;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/** Read API of the current statistics, for the HTTP API, the dashboard and the reports. */
@Service
@Transactional(readOnly = true)
public class Statistics {

    private final OrgUnits orgUnits;
    private final StatCounters counters;
    private final StatisticsQueries queries;

    Statistics(OrgUnits orgUnits, StatCounters counters, StatisticsQueries queries) {
        this.orgUnits = orgUnits;
        this.counters = counters;
        this.queries = queries;
    }

    /**
     * The current statistics of a unit's subtree, from the counters; 404 ({@code org.unit.not-found}) when the unit
     * is outside the scope (checked in SQL).
     */
    public SubtreeStatistics current(long unitId, OrgScope scope) {
        return queries.current(unit(unitId, scope), countedOn());
    }

    /** The unit, when it lies in the scope. */
    public OrgUnitRef unit(long unitId, OrgScope scope) {
        OrgUnitView view = orgUnits.findWithin(unitId, scope)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        return new OrgUnitRef(view.id(), view.kind(), view.name(), view.path());
    }

    /** The reference date of the counters' bands. */
    public LocalDate countedOn() {
        return counters.asOf()
                .orElseThrow(
                        () -> DomainException.rule("statistics.not-counted").onField("asOf"));
    }
}

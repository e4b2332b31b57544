package vn.dangvu.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.Statistics;
import vn.dangvu.report.SubtreeStatistics;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/** Statistics over HTTP: a subtree's current (or dated) statistics, and the administrator's recount. */
@RestController
class StatisticsController {

    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    private final Statistics statistics;
    private final StatisticsQueries queries;
    private final StatisticsMaintenance maintenance;
    private final AsOfStatistics history;
    private final AuditTrail audit;
    private final Clock clock;

    StatisticsController(
            Statistics statistics,
            StatisticsQueries queries,
            StatisticsMaintenance maintenance,
            AsOfStatistics history,
            AuditTrail audit,
            Clock clock) {
        this.clock = clock;
        this.statistics = statistics;
        this.queries = queries;
        this.maintenance = maintenance;
        this.history = history;
        this.audit = audit;
    }

    /**
     * The statistics of a unit's whole subtree: current ones from the counters, or those of a past date ({@code asOf})
     * from the history. Counts only, no personal data: not audited.
     */
    @GetMapping("/api/v1/org-units/{id}/statistics")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    SubtreeStatistics statistics(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            Actor actor) {
        OrgUnitRef unit = statistics.unit(id, actor.scopeFor(READERS));
        LocalDate counted = statistics.countedOn();
        if (asOf == null
                || asOf.equals(counted)
                || asOf.equals(LocalDate.ofInstant(clock.instant(), clock.getZone()))) {
            return queries.current(unit, counted);
        }
        if (asOf.isAfter(counted)) {
            throw DomainException.rule("statistics.as-of-unavailable", asOf, counted)
                    .onField("asOf");
        }
        return history.statistics(unit, asOf);
    }

    /**
     * Recounts the live data and reports every counter that differs from it; with {@code repair}, replaces the
     * counters by the recount. Administrators recount the whole tree, a city organisation its scope. Audited.
     */
    @PostMapping("/api/v1/admin/statistics/recount")
    @Allowed({Role.ADMIN, Role.CITY_ORGANISATION})
    StatisticsRecount recount(@RequestParam(defaultValue = "false") boolean repair, Actor actor) {
        boolean wholeTree = actor.has(Role.ADMIN);
        StatisticsRecount result = maintenance.recount(
                repair,
                wholeTree,
                actor.scopeFor(wholeTree ? new Role[] {Role.ADMIN} : new Role[] {Role.CITY_ORGANISATION}));
        audit.record(
                "statistics.recount",
                "statistics",
                null,
                Map.of(
                        "repair",
                        repair,
                        "differences",
                        result.differences().size(),
                        "asOf",
                        result.asOf().toString()));
        return result;
    }
}

package vn.dangvu.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;

/**
 * When the counters are counted: in full at start-up when they were never counted (a new installation, the demo or
 * benchmark load) — after the demo runner (order 10) so that its rows are counted — and on the administrator's
 * command, which first lists the differences; moved on to today at start-up after midnight and every night at 00:05,
 * because the age and membership-age bands move with birthdays and anniversaries.
 */
@Component
@Order(100)
class StatisticsMaintenance implements ApplicationRunner {

    private final StatCounters counters;
    private final OrgUnits orgUnits;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean countAtStart;

    StatisticsMaintenance(
            StatCounters counters,
            OrgUnits orgUnits,
            PlatformTransactionManager transactions,
            Clock clock,
            ReportProperties properties) {
        this.countAtStart = properties.countAtStart();
        this.counters = counters;
        this.orgUnits = orgUnits;
        this.transaction = properties.rebuilding(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (countAtStart) {
            rebuildIfStale();
        }
    }

    /**
     * Counts everything when the counters were never counted; when they were counted for an earlier day, moves them on
     * to today (only the members whose age or membership-age band changed since are diffed).
     */
    @Scheduled(cron = "${dangvu.report.rebuild-cron:0 5 0 * * *}")
    void rebuildIfStale() {
        LocalDate today = today();
        if (counters.asOf().filter(d -> !d.isBefore(today)).isEmpty()) {
            transaction.executeWithoutResult(tx -> counters.advance(today));
        }
    }

    /**
     * Recounts the live data and lists every counter that differs. The whole tree for an administrator (repair: a
     * full rebuild); for a city organisation, the differences inside its scope (repair: its subtrees recounted and
     * the change passed on to their ancestors). Without repair nothing changes: the recount is rolled back.
     */
    StatisticsRecount recount(boolean repair, boolean wholeTree, OrgScope scope) {
        long start = System.nanoTime();
        LocalDate asOf = counters.asOf().orElse(today());
        List<StatisticsRecount.Difference> differences = transaction.execute(tx -> {
            List<StatisticsRecount.Difference> found = counters.rebuild(asOf, true);
            if (!(repair && wholeTree)) {
                tx.setRollbackOnly();
            }
            return found;
        });
        List<StatisticsRecount.Difference> shown = wholeTree
                ? differences
                : differences.stream()
                        .filter(d -> orgUnits.find(d.unitId())
                                .map(u -> scope.covers(u.path()))
                                .orElse(false))
                        .toList();
        if (repair && !wholeTree && !shown.isEmpty()) {
            List<Long> roots = scope.paths().stream()
                    .map(CounterDeltas::unitsOnPath)
                    .map(ids -> ids.get(ids.size() - 1))
                    .toList();
            transaction.executeWithoutResult(tx -> counters.refreshSubtrees(roots));
        }
        return new StatisticsRecount(asOf, repair, shown, (System.nanoTime() - start) / 1_000_000);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}

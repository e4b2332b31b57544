package vn.dangvu.report.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.member.MemberLifecycleChanged;
import vn.dangvu.member.MembersImported;
import vn.dangvu.org.OrgUnitSplit;
import vn.dangvu.org.OrgUnitsMerged;

/**
 * Keeps {@code stat_period} equal to the history. The listeners are synchronous so that the periods change in the
 * same transaction as the step or the organisation change (a statistics read never sees one without the other); the
 * start-up rebuild, after the demo city (order 10), covers writers that bypass the lifecycle (the demo city).
 */
@Component
@Order(20)
class PeriodMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeriodMaintenance.class);

    private final StatPeriods periods;
    private final DatedTotals totals;
    private final DatedTotalsMaintenance totalsMaintenance;
    private final boolean countAtStart;
    private final TransactionTemplate rebuilding;

    PeriodMaintenance(
            StatPeriods periods,
            DatedTotals totals,
            DatedTotalsMaintenance totalsMaintenance,
            ReportProperties properties,
            PlatformTransactionManager transactions) {
        this.rebuilding = properties.rebuilding(transactions);
        this.periods = periods;
        this.totals = totals;
        this.totalsMaintenance = totalsMaintenance;
        this.countAtStart = properties.countAtStart();
    }

    /**
     * A step recorded, corrected or annulled (any date, back-dated included): the member's periods again; the dated
     * totals catch up once the step has committed.
     */
    @EventListener
    void on(MemberLifecycleChanged event) {
        periods.rederive(event.memberId());
        totalsMaintenance.note(event.memberId());
    }

    /** New members written by an import, with the history their dates tell. */
    @EventListener
    void on(MembersImported event) {
        periods.deriveImported(event.importId());
    }

    /** Members moved into the survivor by a dated reorganisation step; the dated totals of all the units involved. */
    @EventListener
    void on(OrgUnitsMerged event) {
        List<Long> units = new java.util.ArrayList<>(event.absorbedIds());
        units.add(event.survivorId());
        totalsMaintenance.replacingUnits(units, () -> periods.rederiveMovedInto(List.of(event.survivorId())));
    }

    /** Members moved into the new units by a dated reorganisation step; the dated totals of all the units involved. */
    @EventListener
    void on(OrgUnitSplit event) {
        List<Long> units = new java.util.ArrayList<>(event.newUnitIds());
        units.add(event.sourceId());
        totalsMaintenance.replacingUnits(units, () -> periods.rederiveMovedInto(event.newUnitIds()));
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuilding.executeWithoutResult(tx -> countWhatIsDue());
    }

    private void countWhatIsDue() {
        if (countAtStart && periods.rebuildDue()) {
            long started = System.nanoTime();
            int rows = periods.rebuildAll();
            log.info("stat_period rebuilt: {} periods in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
            totals.markStale();
        }
        if (countAtStart && !totalsMaintenance.rebuildIfStale()) {
            // notes that a stop left behind (a catch-up cut short rolls back)
            totalsMaintenance.caughtUp();
        }
    }
}

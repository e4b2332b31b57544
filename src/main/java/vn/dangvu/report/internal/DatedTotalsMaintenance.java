package vn.dangvu.report.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.member.MemberRecordUpdated;
import vn.dangvu.member.MembersImported;
import vn.dangvu.org.OrgUnitCreated;
import vn.dangvu.org.OrgUnitDissolved;
import vn.dangvu.org.OrgUnitMoved;

/**
 * When the dated totals change. A member's step or record edit is noted in its own transaction and caught up after it
 * commits, on a thread of its own (in the caller's thread when {@link ReportProperties#datedTotalsInBackground} is
 * off, as in the tests). An organisation change (created, moved, dissolved; merges and splits through {@link
 * PeriodMaintenance}, around the re-derivation of the moved members' periods) changes them in its own transaction. An
 * import, or an organisation change that changes the anchors, marks them stale in its transaction and has them rebuilt
 * after it commits, on a thread of its own (an import of 500,000 members would otherwise re-band millions of segments
 * in the request); until then the anchors are answered from their periods. A rebuild holds the state row: catch-ups
 * and organisation changes that come in meanwhile wait for it (docs/architecture.md).
 */
@Component
class DatedTotalsMaintenance {

    private static final Logger log = LoggerFactory.getLogger(DatedTotalsMaintenance.class);

    private final DatedTotals totals;
    private final TransactionTemplate transaction;
    private final TransactionTemplate rebuilding;
    private final TaskExecutor executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean catchUpRequested = new AtomicBoolean();
    private final AtomicBoolean catchingUp = new AtomicBoolean();
    private final java.util.concurrent.ScheduledExecutorService catchUpThread;
    private final java.time.Duration catchUpDelay;

    /** Members caught up per statement set: enough to share the statements' cost, few enough for short locks. */
    private static final int CATCH_UP_BATCH = 500;

    DatedTotalsMaintenance(DatedTotals totals, PlatformTransactionManager transactions, ReportProperties properties) {
        this.totals = totals;
        this.transaction = new TransactionTemplate(transactions);
        // after a commit the committed transaction's connection may still be bound: a new one, not a part of it
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rebuilding = properties.rebuilding(transactions);
        this.rebuilding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = properties.datedTotalsInBackground() ? rebuildThread() : new SyncTaskExecutor();
        this.catchUpThread = properties.datedTotalsInBackground() ? catchUpThread() : null;
        this.catchUpDelay = properties.datedTotalsCatchUpDelay();
    }

    /** A daemon: a catch-up cut short by a shutdown rolls back, and its notes stay for the next one. */
    private static java.util.concurrent.ScheduledExecutorService catchUpThread() {
        return java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dated-totals-catch-up");
            thread.setDaemon(true);
            return thread;
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (catchUpThread != null) {
            catchUpThread.shutdownNow();
        }
    }

    /** A daemon: a rebuild cut short by a shutdown rolls back, and the next start rebuilds. */
    private static TaskExecutor rebuildThread() {
        SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor("dated-totals-");
        thread.setDaemon(true);
        return thread;
    }

    @EventListener
    void on(MemberRecordUpdated event) {
        note(event.member());
    }

    /**
     * Notes a member's change (its periods re-derived, or its record edited) in the current transaction, and has the
     * totals catch up once it has committed.
     */
    void note(java.util.UUID member) {
        totals.note(member);
        afterCommit(this::requestCatchUp);
    }

    /**
     * Whether the totals hold every committed change, after catching up now, in a transaction of its own, with those
     * noted (a read's question: false when the catch-up failed, or a change committed meanwhile).
     */
    boolean caughtUp() {
        if (!totals.behind()) {
            return true;
        }
        try {
            transaction.executeWithoutResult(tx -> catchUpAll());
        } catch (RuntimeException e) {
            log.warn("dated totals not caught up; answered from the periods", e);
            return false;
        }
        return !totals.behind();
    }

    @EventListener
    void on(MembersImported event) {
        staleUntilRebuilt();
    }

    @EventListener
    void on(OrgUnitCreated event) {
        replacingUnits(List.of(event.unitId()), () -> {});
    }

    @EventListener
    void on(OrgUnitMoved event) {
        replacingUnits(List.of(event.unitId()), () -> {});
    }

    @EventListener
    void on(OrgUnitDissolved event) {
        replacingUnits(List.of(event.unitId()), () -> {});
    }

    /**
     * Runs an organisation change (merges and splits re-derive periods in it) inside {@link DatedTotals#replacingUnits},
     * or has the totals rebuilt when it changes the anchors.
     */
    void replacingUnits(List<Long> roots, Runnable change) {
        if (!totals.replacingUnits(roots, change)) {
            staleUntilRebuilt();
        }
    }

    /** Marks the totals stale in the current transaction and rebuilds them once it has committed. */
    void staleUntilRebuilt() {
        totals.markStale();
        afterCommit(this::requestRebuild);
    }

    /** Runs the action once the current transaction has committed (at once without one). */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /**
     * One catch-up at a time, after the delay (the changes of that while together); a request while it runs has the
     * next one scheduled after the delay again: a catch-up's statements cost about the same for one note as for fifty.
     */
    private void requestCatchUp() {
        catchUpRequested.set(true);
        if (catchingUp.compareAndSet(false, true)) {
            if (catchUpThread == null) {
                catchUpOnce();
            } else {
                catchUpThread.schedule(
                        this::catchUpOnce, catchUpDelay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
    }

    private void catchUpOnce() {
        catchUpRequested.set(false);
        try {
            inOwnTransaction(
                    transaction,
                    this::catchUpAll,
                    "dated totals not caught up; reads catch up themselves or answer from the periods");
        } finally {
            catchingUp.set(false);
        }
        if (catchUpRequested.get()) {
            requestCatchUp();
        }
    }

    /** Runs background work in a transaction of its own; a failure is logged (the reads stay exact without it). */
    private void inOwnTransaction(TransactionTemplate template, Runnable work, String failure) {
        try {
            template.executeWithoutResult(tx -> work.run());
        } catch (RuntimeException e) {
            log.error(failure, e);
        }
    }

    /** Catches up in batches, each in the caller's transaction, until none is left that it can take. */
    private void catchUpAll() {
        long started = System.nanoTime();
        int notes = 0;
        int taken;
        do {
            taken = totals.catchUp(CATCH_UP_BATCH);
            notes += taken;
        } while (taken == CATCH_UP_BATCH);
        log.debug("dated totals caught up with {} notes in {} ms", notes, (System.nanoTime() - started) / 1_000_000);
    }

    /** Rebuilds now, in the caller's transaction, when stale (at start-up); returns whether it rebuilt. */
    boolean rebuildIfStale() {
        if (!totals.stale()) {
            return false;
        }
        long started = System.nanoTime();
        totals.rebuild();
        log.info("dated totals rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void requestRebuild() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(this::rebuildUntilFresh);
        }
    }

    private void rebuildUntilFresh() {
        queued.set(false);
        inOwnTransaction(
                rebuilding,
                this::rebuildIfStale,
                "dated totals not rebuilt; the anchors are answered from their periods");
    }
}

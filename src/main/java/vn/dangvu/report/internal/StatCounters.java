package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the subtree counters exact in the caller's transaction. A member change is a diff: the stored contribution
 * is taken away from the old unit and its ancestors, the new one added to the new unit and its ancestors (what both
 * share cancels out), and a cell crossing a size band moves between CELL_SIZE buckets. An organisation change
 * recounts the subtrees it touched (set-based) and passes the difference of their totals on to their ancestors; a
 * moved subtree takes its totals from the old ancestors to the new ones. Every path locks the state row first.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class StatCounters {

    private static final Logger LOG = LoggerFactory.getLogger(StatCounters.class);

    private final CounterStore store;
    private final CounterRollup rollup;
    private final JdbcClient jdbc;

    /** Off only for a benchmark's baseline or a bulk load that rebuilds after; the next rebuild repairs. */
    private volatile boolean upkeep = true;

    StatCounters(CounterStore store, CounterRollup rollup, JdbcClient jdbc) {
        this.store = store;
        this.rollup = rollup;
        this.jdbc = jdbc;
    }

    /**
     * Turns the per-write upkeep on or off (the listeners then do nothing); for measuring the upkeep's cost and for
     * bulk loads, which rebuild afterwards.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void setUpkeep(boolean on) {
        this.upkeep = on;
    }

    boolean upkeep() {
        return upkeep;
    }

    /** Brings the counters up to date with the given members' records. */
    public void refreshMembers(Collection<UUID> memberIds) {
        if (!upkeep) {
            return;
        }
        Optional<LocalDate> asOf = store.lockAsOf();
        if (asOf.isPresent() && !memberIds.isEmpty()) {
            diffMembers(Set.copyOf(memberIds), asOf.get());
        }
    }

    private void diffMembers(Set<UUID> ids, LocalDate asOf) {
        Map<UUID, MemberContribution> before = store.stored(ids);
        Map<UUID, MemberContribution> after = store.current(ids, asOf);
        Set<Long> unitIds = new HashSet<>();
        before.values().forEach(c -> unitIds.add(c.orgUnitId()));
        after.values().forEach(c -> unitIds.add(c.orgUnitId()));
        Map<Long, CounterStore.Unit> units = store.units(unitIds);
        CounterDeltas deltas = new CounterDeltas();
        Map<Long, Long> netByCell = new HashMap<>();
        for (UUID id : ids) {
            MemberContribution old = before.get(id);
            MemberContribution now = after.get(id);
            if (java.util.Objects.equals(old, now)) {
                continue;
            }
            if (old != null) {
                deltas.addMember(ancestors(units, old.orgUnitId()), old, -1);
                netByCell.merge(old.orgUnitId(), -1L, Long::sum);
            }
            if (now != null) {
                deltas.addMember(ancestors(units, now.orgUnitId()), now, 1);
                netByCell.merge(now.orgUnitId(), 1L, Long::sum);
            }
        }
        netByCell.values().removeIf(v -> v == 0);
        netByCell
                .keySet()
                .removeIf(u -> !units.containsKey(u)
                        || !CountingPolicy.isCell(units.get(u).kind()));
        if (!netByCell.isEmpty()) {
            Map<Long, Long> sizes = store.cellSizes(netByCell.keySet());
            netByCell.forEach((cell, net) -> {
                long size = sizes.getOrDefault(cell, 0L);
                deltas.addCellSize(ancestors(units, cell), size, size + net);
            });
        }
        store.apply(deltas);
        store.store(ids, after);
    }

    /**
     * Brings the counters up to date with the members an import wrote, set-based: their stored contributions are
     * taken away and their current ones added, unit by unit, and the change is rolled up to the roots. The cost follows
     * the import, not its subtree: an import into the national root used to recount the whole country.
     */
    public void refreshImported(UUID importId) {
        if (!upkeep) {
            return;
        }
        Optional<LocalDate> asOf = store.lockAsOf();
        if (asOf.isPresent()) {
            String written = "SELECT w.member_id FROM member_import_written w WHERE w.import_id = :importId";
            rollup.diffMembers(
                    written,
                    written + " AND NOT w.inserted",
                    "SELECT * FROM member_import_new n WHERE n.import_id = :importId",
                    Map.of("importId", importId),
                    asOf.get());
        }
    }

    private static List<Long> ancestors(Map<Long, CounterStore.Unit> units, long unitId) {
        CounterStore.Unit unit = units.get(unitId);
        return unit == null ? List.of() : CounterDeltas.unitsOnPath(unit.path());
    }

    /**
     * A subtree moved from {@code oldPath} to {@code newPath} (paths already rewritten): its totals leave the old
     * ancestors and join the new ones.
     */
    public void moveSubtree(long unitId, String oldPath, String newPath) {
        if (!upkeep || store.lockAsOf().isEmpty()) {
            return;
        }
        List<Long> from = CounterDeltas.unitsOnPath(oldPath);
        List<Long> to = CounterDeltas.unitsOnPath(newPath);
        from.remove(Long.valueOf(unitId));
        to.remove(Long.valueOf(unitId));
        CounterDeltas deltas = new CounterDeltas();
        store.rowsOf(unitId).forEach((key, count) -> {
            deltas.add(from, key.dimension(), key.bucket(), -count);
            deltas.add(to, key.dimension(), key.bucket(), count);
        });
        store.apply(deltas);
    }

    /**
     * Recounts the subtrees of the given units (created, merged, split, dissolved, or written in bulk) and passes the
     * change of each one's totals on to its ancestors. Members that moved into or out of them are first moved by
     * diff, so that the units they left lose them too.
     */
    public void refreshSubtrees(Collection<Long> unitIds) {
        if (!upkeep) {
            return;
        }
        Optional<LocalDate> asOf = store.lockAsOf();
        if (asOf.isEmpty() || unitIds.isEmpty()) {
            return;
        }
        Map<Long, CounterStore.Unit> units = store.units(unitIds);
        List<CounterStore.Unit> roots = topmost(units.values());
        Set<UUID> moved = new LinkedHashSet<>();
        for (CounterStore.Unit root : roots) {
            CounterRollup.Range range = new CounterRollup.Range(root.path());
            moved.addAll(jdbc.sql("""
                            SELECT m.id FROM report_member m JOIN stat_member s ON s.member_id = m.id
                             WHERE s.org_unit_id <> m.org_unit_id
                               AND (m.org_unit_id IN (SELECT u.id FROM report_org_unit u WHERE %1$s)
                                    OR s.org_unit_id IN (SELECT u.id FROM report_org_unit u WHERE %1$s))""".formatted(range.on("u")))
                    .params(range.params())
                    .query(UUID.class)
                    .list());
        }
        if (!moved.isEmpty()) {
            diffMembers(moved, asOf.get());
        }
        for (CounterStore.Unit root : roots) {
            recountSubtree(root, asOf.get());
        }
    }

    private void recountSubtree(CounterStore.Unit root, LocalDate asOf) {
        CounterRollup.Range range = new CounterRollup.Range(root.path());
        Map<CounterDeltas.Key, Long> before = store.rowsOf(root.id());
        rollup.storeContributions(range, asOf);
        rollup.rollUp(range);
        rollup.replaceCounters(range);
        Map<CounterDeltas.Key, Long> after = store.rowsOf(root.id());
        List<Long> above = CounterDeltas.unitsOnPath(root.path());
        above.remove(Long.valueOf(root.id()));
        CounterDeltas deltas = new CounterDeltas();
        Set<CounterDeltas.Key> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (CounterDeltas.Key key : keys) {
            long change = after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
            deltas.add(above, key.dimension(), key.bucket(), change);
        }
        store.apply(deltas);
    }

    /** The units not inside another one of the list (their subtrees are disjoint). */
    private static List<CounterStore.Unit> topmost(Collection<CounterStore.Unit> units) {
        List<CounterStore.Unit> sorted = new ArrayList<>(units);
        sorted.sort(java.util.Comparator.comparing(CounterStore.Unit::path));
        List<CounterStore.Unit> roots = new ArrayList<>();
        for (CounterStore.Unit unit : sorted) {
            if (roots.stream().noneMatch(r -> unit.path().startsWith(r.path()))) {
                roots.add(unit);
            }
        }
        return roots;
    }

    /**
     * Recounts everything with the bands on {@code asOf} and replaces the counters; with {@code compare}, first lists
     * where the counters differ from the recount.
     */
    public List<StatisticsRecount.Difference> rebuild(LocalDate asOf, boolean compare) {
        store.lockAsOf();
        long start = System.nanoTime();
        rollup.storeContributions(CounterRollup.Range.ALL, asOf);
        rollup.rollUp(CounterRollup.Range.ALL);
        List<StatisticsRecount.Difference> differences = compare ? rollup.differences() : List.of();
        rollup.replaceCounters(CounterRollup.Range.ALL);
        store.setAsOf(asOf);
        LOG.info("statistics counters rebuilt for {} in {} ms", asOf, (System.nanoTime() - start) / 1_000_000);
        return differences;
    }

    /**
     * Moves the counters' reference date on to {@code to} without recounting: only members whose birth date or first
     * admission crosses a band edge between the two dates change band, so only they are diffed (a few hundred a day
     * nationally). Counts everything when the counters were never counted.
     */
    public void advance(LocalDate to) {
        Optional<LocalDate> from = store.lockAsOf();
        if (from.isEmpty()) {
            rebuild(to, false);
            return;
        }
        if (!from.get().isBefore(to)) {
            return;
        }
        long start = System.nanoTime();
        Set<UUID> crossing = store.crossingBandEdges(from.get(), to);
        if (!crossing.isEmpty()) {
            diffMembers(crossing, to);
        }
        store.setAsOf(to);
        LOG.info(
                "statistics counters moved from {} to {}: {} members changed band, {} ms",
                from.get(),
                to,
                crossing.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The counters' reference date, absent before the first rebuild. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<LocalDate> asOf() {
        return store.asOf();
    }
}

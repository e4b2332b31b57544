package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.Movements;
import vn.dangvu.report.SubtreeStatistics.Bucket;

/**
 * Movements of a subtree over a period from the counted periods: an arrival is a period of the area that starts in
 * the period while the member's previous period (ending that day) is absent or outside the area; a departure is the
 * mirror. A move between two units of the area is neither, so the figures balance for the subtree and for each child.
 */
@Component
public class MovementReport {

    private final HistoryQueries queries;

    MovementReport(HistoryQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public Movements movements(OrgUnitRef unit, LocalDate from, LocalDate to) {
        List<HistoryQueries.UnitRow> units = queries.units(unit.path());
        Map<Long, String> paths = new HashMap<>();
        units.forEach(u -> paths.put(u.id(), u.path()));
        Map<Long, Long> before = queries.unitTotals(unit.path(), from.minusDays(1));
        Map<Long, Long> after = queries.unitTotals(unit.path(), to);
        List<HistoryQueries.Edge> arrivals = queries.arrivals(unit.path(), from, to);
        List<HistoryQueries.Edge> departures = queries.departures(unit.path(), from, to);

        Area whole = new Area(unit.path(), paths, before, after, arrivals, departures);
        List<Movements.ChildMovements> children = new ArrayList<>();
        for (HistoryQueries.UnitRow child : units) {
            if (child.parentId() == null || child.parentId() != unit.id()) {
                continue;
            }
            Area area = new Area(child.path(), paths, before, after, arrivals, departures);
            long in = area.in().values().stream().mapToLong(Long::longValue).sum();
            long out = area.out().values().stream().mapToLong(Long::longValue).sum();
            if (child.activeOn(to) || child.activeOn(from) || area.start() + in + out > 0) {
                children.add(new Movements.ChildMovements(
                        HistoryStatistics.ref(child),
                        area.start(),
                        in,
                        out,
                        area.recognised(),
                        area.end(),
                        area.start() + in - out == area.end()));
            }
        }
        Map<String, Long> in = whole.in();
        Map<String, Long> out = whole.out();
        long totalIn = in.values().stream().mapToLong(Long::longValue).sum();
        long totalOut = out.values().stream().mapToLong(Long::longValue).sum();
        return new Movements(
                unit,
                from,
                to,
                whole.start(),
                buckets(MovementKinds.IN, in),
                buckets(MovementKinds.OUT, out),
                whole.recognised(),
                whole.end(),
                whole.start() + totalIn - totalOut == whole.end(),
                children);
    }

    /** The figures of the units under one path. */
    private record Area(
            String path,
            Map<Long, String> paths,
            Map<Long, Long> before,
            Map<Long, Long> after,
            List<HistoryQueries.Edge> arrivals,
            List<HistoryQueries.Edge> departures) {

        boolean inside(@org.jspecify.annotations.Nullable Long unitId) {
            @org.jspecify.annotations.Nullable String p = unitId == null ? null : paths.get(unitId);
            return p != null && p.startsWith(path);
        }

        long start() {
            return sum(before);
        }

        long end() {
            return sum(after);
        }

        private long sum(Map<Long, Long> counts) {
            return counts.entrySet().stream()
                    .filter(e -> inside(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        Map<String, Long> in() {
            Map<String, Long> kinds = new LinkedHashMap<>();
            crossing(arrivals).forEach(e -> kinds.merge(MovementKinds.in(e.kind()), e.count(), Long::sum));
            return kinds;
        }

        Map<String, Long> out() {
            Map<String, Long> kinds = new LinkedHashMap<>();
            crossing(departures).forEach(e -> kinds.merge(MovementKinds.out(e.kind()), e.count(), Long::sum));
            return kinds;
        }

        long recognised() {
            return arrivals.stream()
                    .filter(e -> inside(e.unitId()) && inside(e.otherUnitId()))
                    .filter(e -> "OFFICIAL".equals(e.status()) && "PROBATIONARY".equals(e.otherStatus()))
                    .mapToLong(HistoryQueries.Edge::count)
                    .sum();
        }

        private List<HistoryQueries.Edge> crossing(List<HistoryQueries.Edge> edges) {
            Predicate<HistoryQueries.Edge> crosses = e -> inside(e.unitId()) && !inside(e.otherUnitId());
            return edges.stream().filter(crosses).toList();
        }
    }

    private static List<Bucket> buckets(List<String> kinds, Map<String, Long> counts) {
        return kinds.stream()
                .map(k -> new Bucket(k, counts.getOrDefault(k, 0L)))
                .toList();
    }
}

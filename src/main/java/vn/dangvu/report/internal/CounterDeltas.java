package vn.dangvu.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.report.StatBands;
import vn.dangvu.report.StatDimension;

/**
 * The changes to apply to the subtree counters, summed per (unit, dimension, bucket) so that what cancels out (a
 * member moving within a subtree, a field that did not change) costs no write. Pure: no database.
 */
final class CounterDeltas {

    record Key(long unitId, StatDimension dimension, String bucket) {}

    /** Units receiving the same change of the same bucket: one UPDATE for all of them. */
    record Group(StatDimension dimension, String bucket, long delta, List<Long> unitIds) {}

    private final Map<Key, Long> deltas = new HashMap<>();

    /** The unit ids of a materialised path '/1/23/456/', root first: the unit and all its ancestors. */
    static List<Long> unitsOnPath(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    void add(List<Long> units, StatDimension dimension, String bucket, long delta) {
        if (delta == 0) {
            return;
        }
        for (long unit : units) {
            deltas.merge(new Key(unit, dimension, bucket), delta, Long::sum);
        }
    }

    /** Adds ({@code sign} 1) or takes away (−1) a member's contribution on the given units. */
    void addMember(List<Long> units, MemberContribution contribution, int sign) {
        for (StatDimension dimension : MemberContribution.DIMENSIONS) {
            add(units, dimension, contribution.bucket(dimension), sign);
        }
    }

    /** A cell whose counted members go from {@code before} to {@code after} moves between size bands. */
    void addCellSize(List<Long> units, long before, long after) {
        String from = StatBands.cellSizeBand(before);
        String to = StatBands.cellSizeBand(after);
        if (!from.equals(to)) {
            add(units, StatDimension.CELL_SIZE, from, -1);
            add(units, StatDimension.CELL_SIZE, to, 1);
        }
    }

    /** The net change of the members counted by {@code unit} itself (its STATUS buckets). */
    long netMembers(long unit) {
        long net = 0;
        for (Map.Entry<Key, Long> e : deltas.entrySet()) {
            if (e.getKey().unitId() == unit && e.getKey().dimension() == StatDimension.STATUS) {
                net += e.getValue();
            }
        }
        return net;
    }

    /** The non-zero changes, grouped by bucket and amount, units sorted (writes lock rows in one order). */
    List<Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        deltas.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::dimension)
                        .thenComparing(Key::bucket)
                        .thenComparingLong(Key::unitId)))
                .forEach(e -> groups.computeIfAbsent(
                                e.getKey().dimension() + "|" + e.getKey().bucket() + "|" + e.getValue(),
                                k -> new Group(
                                        e.getKey().dimension(), e.getKey().bucket(), e.getValue(), new ArrayList<>()))
                        .unitIds()
                        .add(e.getKey().unitId()));
        return List.copyOf(groups.values());
    }

    Map<Key, Long> asMap() {
        Map<Key, Long> copy = new HashMap<>(deltas);
        copy.values().removeIf(v -> v == 0);
        return copy;
    }

    boolean isEmpty() {
        return asMap().isEmpty();
    }
}

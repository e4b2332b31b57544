package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.Movements;
import vn.dangvu.report.StatBands;
import vn.dangvu.report.StatDimension;
import vn.dangvu.report.SubtreeStatistics;
import vn.dangvu.report.SubtreeStatistics.Breakdown;
import vn.dangvu.report.SubtreeStatistics.Bucket;

/**
 * Figures made up from the unit ids, consistent as the real ones are: a unit without children gets figures drawn from
 * its id, a unit with children the sum of theirs. Stands in for the counters and the history until they are wired.
 */
public class FakeFigures implements ReportFigures {

    private final Function<OrgUnitRef, List<OrgUnitRef>> childrenOf;
    private final Map<Long, SubtreeStatistics> statistics = new HashMap<>();
    private final Map<Long, Movements> movements = new HashMap<>();

    public FakeFigures(Function<OrgUnitRef, List<OrgUnitRef>> childrenOf) {
        this.childrenOf = childrenOf;
    }

    /** A root with the given children, none of which has children. */
    public static FakeFigures flat(OrgUnitRef root, List<OrgUnitRef> children) {
        return new FakeFigures(unit -> unit.id() == root.id() ? children : List.of());
    }

    @Override
    public synchronized SubtreeStatistics statistics(OrgUnitRef unit, LocalDate date) {
        SubtreeStatistics known = statistics.get(unit.id());
        if (known != null) {
            return known;
        }
        List<OrgUnitRef> children = childrenOf.apply(unit);
        SubtreeStatistics result = children.isEmpty() ? leaf(unit, date) : sum(unit, date, children);
        statistics.put(unit.id(), result);
        return result;
    }

    @Override
    public synchronized Movements movements(OrgUnitRef unit, LocalDate from, LocalDate to) {
        Movements known = movements.get(unit.id());
        if (known != null) {
            return known;
        }
        List<OrgUnitRef> children = childrenOf.apply(unit);
        Movements result;
        if (children.isEmpty()) {
            long id = unit.id();
            List<Bucket> in = List.of(new Bucket("ADMITTED", id % 3), new Bucket("TRANSFERRED_IN", 1));
            List<Bucket> out = List.of(new Bucket("DIED", id % 2), new Bucket("TRANSFERRED_OUT", 1));
            long start = 20 + id % 10;
            long end = start + total(in) - total(out);
            result = new Movements(unit, from, to, start, in, out, id % 4, end, true, List.of());
        } else {
            Map<String, Long> in = new LinkedHashMap<>();
            Map<String, Long> out = new LinkedHashMap<>();
            long start = 0;
            long end = 0;
            long recognised = 0;
            List<Movements.ChildMovements> rows = new ArrayList<>();
            for (OrgUnitRef child : children) {
                Movements m = movements(child, from, to);
                m.in().forEach(b -> in.merge(b.key(), b.count(), Long::sum));
                m.out().forEach(b -> out.merge(b.key(), b.count(), Long::sum));
                start += m.start();
                end += m.end();
                recognised += m.recognised();
                rows.add(new Movements.ChildMovements(
                        child, m.start(), total(m.in()), total(m.out()), m.recognised(), m.end(), true));
            }
            result = new Movements(
                    unit, from, to, start, buckets(in), buckets(out), recognised, end, true, List.copyOf(rows));
        }
        movements.put(unit.id(), result);
        return result;
    }

    private static SubtreeStatistics leaf(OrgUnitRef unit, LocalDate date) {
        long id = unit.id();
        long m = 5 + id % 20;
        List<Breakdown> breakdowns = new ArrayList<>();
        long women = m * 2 / 5;
        long minority = id % 3;
        for (StatDimension dimension : StatDimension.values()) {
            List<Bucket> buckets = switch (dimension) {
                case STATUS -> List.of(new Bucket("OFFICIAL", m - 2), new Bucket("PROBATIONARY", 2));
                case SEX -> List.of(new Bucket("M", m - women), new Bucket("F", women));
                case AGE_BAND -> spread(m, "LE_30", "31_40", "41_50", "51_60", "61_70", "GT_70");
                case AGE_SEX -> spread(m, "M_31_40", "F_41_50");
                case ETHNICITY ->
                    nonZero(
                            new Bucket("KINH", m - minority - 1),
                            new Bucket("TAY", minority),
                            new Bucket(id % 2 == 0 ? "THAI" : "MUONG", 1));
                case RELIGION ->
                    nonZero(new Bucket("NONE", m - 2), new Bucket("BUDDHISM", 1), new Bucket("CATHOLICISM", 1));
                case GENERAL_EDUCATION ->
                    List.of(new Bucket("LOWER_SECONDARY", 1), new Bucket("UPPER_SECONDARY", m - 1));
                case PROFESSIONAL_LEVEL ->
                    List.of(
                            new Bucket("INTERMEDIATE", m - m / 2 - m / 4),
                            new Bucket("BACHELOR", m / 2),
                            new Bucket("MASTER", m / 4));
                case THEORY_LEVEL ->
                    List.of(
                            new Bucket("ELEMENTARY", m / 2),
                            new Bucket("INTERMEDIATE", m / 3),
                            new Bucket("ADVANCED", m - m / 2 - m / 3));
                case PARTY_AGE_BAND -> spread(m, "LT_10", "10_19", "20_29", StatBands.UNKNOWN);
                case UNIT_KIND -> List.of(new Bucket(unit.kind().name(), 1));
                case CELL_SIZE ->
                    unit.kind().holdsMembers() ? List.of(new Bucket(StatBands.cellSizeBand(m), 1)) : List.of();
            };
            breakdowns.add(new Breakdown(dimension, buckets));
        }
        return new SubtreeStatistics(unit, date, "COUNTERS", m, List.copyOf(breakdowns), List.of());
    }

    private SubtreeStatistics sum(OrgUnitRef unit, LocalDate date, List<OrgUnitRef> children) {
        Map<StatDimension, Map<String, Long>> sums = new LinkedHashMap<>();
        for (StatDimension dimension : StatDimension.values()) {
            sums.put(dimension, new LinkedHashMap<>());
        }
        sums.get(StatDimension.UNIT_KIND).put(unit.kind().name(), 1L);
        long members = 0;
        List<SubtreeStatistics.ChildStatistics> rows = new ArrayList<>();
        for (OrgUnitRef child : children) {
            SubtreeStatistics s = statistics(child, date);
            members += s.members();
            s.breakdowns()
                    .forEach(b ->
                            b.buckets().forEach(k -> sums.get(b.dimension()).merge(k.key(), k.count(), Long::sum)));
            rows.add(new SubtreeStatistics.ChildStatistics(
                    child,
                    s.members(),
                    count(s, StatDimension.STATUS, "OFFICIAL"),
                    count(s, StatDimension.STATUS, "PROBATIONARY"),
                    count(s, StatDimension.SEX, "F"),
                    total(find(s, StatDimension.CELL_SIZE))));
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        sums.forEach((dimension, map) -> {
            List<Bucket> buckets = buckets(map);
            if (dimension == StatDimension.ETHNICITY || dimension == StatDimension.RELIGION) {
                buckets = buckets.stream()
                        .sorted(Comparator.comparingLong(Bucket::count).reversed())
                        .toList();
            }
            breakdowns.add(new Breakdown(dimension, buckets));
        });
        return new SubtreeStatistics(unit, date, "COUNTERS", members, List.copyOf(breakdowns), List.copyOf(rows));
    }

    static long count(SubtreeStatistics s, StatDimension dimension, String key) {
        return find(s, dimension).stream()
                .filter(b -> b.key().equals(key))
                .mapToLong(Bucket::count)
                .sum();
    }

    static List<Bucket> find(SubtreeStatistics s, StatDimension dimension) {
        return s.breakdowns().stream()
                .filter(b -> b.dimension() == dimension)
                .findFirst()
                .map(Breakdown::buckets)
                .orElse(List.of());
    }

    private static List<Bucket> spread(long m, String... keys) {
        List<Bucket> buckets = new ArrayList<>();
        long left = m;
        for (int i = 0; i < keys.length; i++) {
            long n = i == keys.length - 1 ? left : Math.min(left, m / keys.length + (i % 2));
            left -= n;
            if (n > 0) {
                buckets.add(new Bucket(keys[i], n));
            }
        }
        return List.copyOf(buckets);
    }

    private static List<Bucket> nonZero(Bucket... buckets) {
        return java.util.Arrays.stream(buckets).filter(b -> b.count() > 0).toList();
    }

    private static List<Bucket> buckets(Map<String, Long> map) {
        return map.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new Bucket(e.getKey(), e.getValue()))
                .toList();
    }

    private static long total(List<Bucket> buckets) {
        return buckets.stream().mapToLong(Bucket::count).sum();
    }
}

package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.StatBands;
import vn.dangvu.report.StatDimension;
import vn.dangvu.report.SubtreeStatistics;

/**
 * Reads the current statistics of a unit from its counters: one index range (for a cell, its members' stored
 * contributions), plus one row per child.
 */
@Component
public class StatisticsQueries {

    /** Dimensions whose buckets keep their natural order (bands and levels); the others go largest first. */
    private static final Map<StatDimension, List<String>> ORDERED = new EnumMap<>(StatDimension.class);

    static {
        List<String> ages = List.of("LE_30", "31_40", "41_50", "51_60", "61_70", "GT_70");
        ORDERED.put(StatDimension.AGE_BAND, ages);
        ORDERED.put(
                StatDimension.AGE_SEX,
                java.util.stream.Stream.of("M", "F")
                        .flatMap(sex -> ages.stream().map(age -> sex + "_" + age))
                        .toList());
        ORDERED.put(
                StatDimension.PARTY_AGE_BAND,
                List.of("LT_10", "10_19", "20_29", "30_39", "40_49", "GE_50", StatBands.UNKNOWN));
        ORDERED.put(
                StatDimension.GENERAL_EDUCATION,
                List.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", StatBands.UNKNOWN));
        ORDERED.put(StatDimension.PROFESSIONAL_LEVEL, names(ProfessionalLevel.values()));
        ORDERED.put(StatDimension.THEORY_LEVEL, names(TheoryLevel.values()));
        ORDERED.put(StatDimension.CELL_SIZE, List.of("EMPTY", "LT_3", "3_8", "9_29", "GE_30"));
        ORDERED.put(StatDimension.STATUS, List.of("OFFICIAL", "PROBATIONARY", "EXEMPTED", "IN_TRANSIT"));
        ORDERED.put(StatDimension.UNIT_KIND, names(OrgUnitKind.values()));
    }

    /**
     * The counters of a unit's children for their key figures: the stored ones, and for the cells among them their
     * members' stored contributions by status and the women among them (a cell's member breakdowns are counted when
     * read, {@link CounterStore#rowsOf}).
     */
    private static final String CHILD_COUNTERS = """
            SELECT org_unit_id, dimension, bucket, members FROM org_stat
             WHERE org_unit_id IN (SELECT id FROM report_org_unit WHERE parent_id = :id)
            UNION ALL
            SELECT s.org_unit_id, 'STATUS', s.status, COUNT(*) FROM stat_member s
              JOIN report_org_unit c ON c.id = s.org_unit_id
             WHERE c.parent_id = :id AND c.kind IN (%1$s) GROUP BY s.org_unit_id, s.status
            UNION ALL
            SELECT s.org_unit_id, 'SEX', s.sex, COUNT(*) FROM stat_member s
              JOIN report_org_unit c ON c.id = s.org_unit_id
             WHERE c.parent_id = :id AND c.kind IN (%1$s) AND s.sex = 'F'
             GROUP BY s.org_unit_id, s.sex""".formatted(CountingPolicy.CELL_KINDS_SQL);

    private final JdbcClient jdbc;
    private final CounterStore counters;

    StatisticsQueries(JdbcClient jdbc, CounterStore counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        names.add(StatBands.UNKNOWN);
        return names;
    }

    /** The unit's statistics from its counters, bands as of {@code asOf} (the counters' date). */
    public SubtreeStatistics current(OrgUnitRef unit, LocalDate asOf) {
        Map<StatDimension, List<SubtreeStatistics.Bucket>> buckets = new EnumMap<>(StatDimension.class);
        counters.rowsOf(unit.id())
                .forEach((key, count) -> buckets.computeIfAbsent(key.dimension(), d -> new ArrayList<>())
                        .add(new SubtreeStatistics.Bucket(key.bucket(), count)));
        List<SubtreeStatistics.Breakdown> breakdowns = new ArrayList<>();
        for (StatDimension dimension : StatDimension.values()) {
            List<SubtreeStatistics.Bucket> list = new ArrayList<>(buckets.getOrDefault(dimension, List.of()));
            list.sort(order(dimension));
            breakdowns.add(new SubtreeStatistics.Breakdown(dimension, List.copyOf(list)));
        }
        long members = buckets.getOrDefault(StatDimension.STATUS, List.of()).stream()
                .mapToLong(SubtreeStatistics.Bucket::count)
                .sum();
        return new SubtreeStatistics(unit, asOf, "COUNTERS", members, breakdowns, children(unit.id()));
    }

    static Comparator<SubtreeStatistics.Bucket> order(StatDimension dimension) {
        List<String> natural = ORDERED.get(dimension);
        if (natural == null) {
            return Comparator.comparingLong(SubtreeStatistics.Bucket::count)
                    .reversed()
                    .thenComparing(SubtreeStatistics.Bucket::key);
        }
        return Comparator.comparingInt((SubtreeStatistics.Bucket b) -> {
                    int i = natural.indexOf(b.key());
                    return i < 0 ? Integer.MAX_VALUE : i;
                })
                .thenComparing(SubtreeStatistics.Bucket::key);
    }

    /** The direct children in tree order (by name), with their key figures. */
    private List<SubtreeStatistics.ChildStatistics> children(long unitId) {
        Map<Long, OrgUnitRef> units = new LinkedHashMap<>();
        Map<Long, long[]> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT u.id, u.kind, u.name, u.path, s.dimension, s.bucket, s.members
                          FROM report_org_unit u
                          LEFT JOIN (""" + CHILD_COUNTERS + """
                        ) s ON s.org_unit_id = u.id AND (s.dimension = 'STATUS'
                               OR (s.dimension = 'SEX' AND s.bucket = 'F')
                               OR (s.dimension = 'UNIT_KIND' AND s.bucket IN (""" + CountingPolicy.CELL_KINDS_SQL + """
                        )))
                         WHERE u.parent_id = :id AND u.state = 'ACTIVE'
                         ORDER BY u.name, u.id""")
                .param("id", unitId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    units.computeIfAbsent(id, k -> {
                        try {
                            return new OrgUnitRef(
                                    id,
                                    OrgUnitKind.valueOf(rs.getString("kind")),
                                    rs.getString("name"),
                                    rs.getString("path"));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long[] f = figures.computeIfAbsent(id, k -> new long[5]);
                    String dimension = rs.getString("dimension");
                    if (dimension == null) {
                        return;
                    }
                    long n = rs.getLong("members");
                    String bucket = rs.getString("bucket");
                    switch (dimension) {
                        case "STATUS" -> {
                            f[0] += n;
                            if (bucket.equals("OFFICIAL")) {
                                f[1] += n;
                            } else if (bucket.equals("PROBATIONARY")) {
                                f[2] += n;
                            }
                        }
                        case "SEX" -> f[3] += n;
                        default -> f[4] += n;
                    }
                });
        List<SubtreeStatistics.ChildStatistics> children = new ArrayList<>();
        units.forEach((id, ref) -> {
            long[] f = figures.get(id);
            children.add(new SubtreeStatistics.ChildStatistics(ref, f[0], f[1], f[2], f[3], f[4]));
        });
        return children;
    }
}

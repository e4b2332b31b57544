package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.StatBands;
import vn.dangvu.report.StatDimension;
import vn.dangvu.report.SubtreeStatistics;
import vn.dangvu.report.SubtreeStatistics.Breakdown;
import vn.dangvu.report.SubtreeStatistics.Bucket;

/**
 * The statistics of a subtree as of a date (source {@code HISTORY}): from the anchor's dated totals when it has fresh
 * ones ({@link DatedTotals}: the largest subtrees), otherwise from the counted periods of its units. Both give the same
 * answer ({@code HistoryPropertyScenarios} compares them).
 */
@Component
public class HistoryStatistics implements AsOfStatistics {

    public static final String SOURCE = "HISTORY";

    /** Dimensions whose buckets keep their natural order; the others are listed largest first. */
    private static final Set<StatDimension> ORDERED = Set.of(
            StatDimension.AGE_BAND,
            StatDimension.AGE_SEX,
            StatDimension.PARTY_AGE_BAND,
            StatDimension.GENERAL_EDUCATION,
            StatDimension.PROFESSIONAL_LEVEL,
            StatDimension.THEORY_LEVEL,
            StatDimension.CELL_SIZE);

    private static final Map<StatDimension, List<String>> NATURAL_ORDER = Map.of(
            StatDimension.AGE_BAND, List.of("LE_30", "31_40", "41_50", "51_60", "61_70", "GT_70"),
            StatDimension.AGE_SEX,
                    List.of(
                            "M_LE_30", "M_31_40", "M_41_50", "M_51_60", "M_61_70", "M_GT_70", "F_LE_30", "F_31_40",
                            "F_41_50", "F_51_60", "F_61_70", "F_GT_70"),
            StatDimension.PARTY_AGE_BAND, List.of("LT_10", "10_19", "20_29", "30_39", "40_49", "GE_50"),
            StatDimension.GENERAL_EDUCATION, List.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY"),
            StatDimension.PROFESSIONAL_LEVEL,
                    java.util.Arrays.stream(ProfessionalLevel.values())
                            .map(Enum::name)
                            .toList(),
            StatDimension.THEORY_LEVEL,
                    java.util.Arrays.stream(TheoryLevel.values())
                            .map(Enum::name)
                            .toList(),
            StatDimension.CELL_SIZE, List.of("EMPTY", "LT_3", "3_8", "9_29", "GE_30"));

    private final HistoryQueries queries;
    private final DatedTotals totals;
    private final DatedTotalsMaintenance maintenance;

    HistoryStatistics(HistoryQueries queries, DatedTotals totals, DatedTotalsMaintenance maintenance) {
        this.queries = queries;
        this.totals = totals;
        this.maintenance = maintenance;
    }

    @Override
    @Transactional(readOnly = true)
    public SubtreeStatistics statistics(OrgUnitRef unit, LocalDate asOf) {
        return totals.answers(unit.id()) && maintenance.caughtUp() ? fromTotals(unit, asOf) : fromPeriods(unit, asOf);
    }

    /** From the anchor's dated totals: a few thousand rows whatever the size of its subtree. */
    SubtreeStatistics fromTotals(OrgUnitRef unit, LocalDate asOf) {
        Map<String, Map<String, Long>> counts = totals.on(unit.id(), asOf);
        Map<StatDimension, Map<String, Long>> byDimension = new LinkedHashMap<>();
        for (StatDimension d : StatDimension.values()) {
            byDimension.put(d, new HashMap<>());
        }
        List<HistoryQueries.UnitRow> direct = queries.children(unit.id());
        Map<Long, long[]> figures = new LinkedHashMap<>();
        direct.forEach(c -> figures.put(c.id(), new long[5]));
        long members = 0;
        for (Map.Entry<String, Long> e : counts.getOrDefault("SSC", Map.of()).entrySet()) {
            String[] statusSexChild = e.getKey().split(":", 3);
            long n = e.getValue();
            members += n;
            byDimension.get(StatDimension.STATUS).merge(statusSexChild[0], n, Long::sum);
            byDimension.get(StatDimension.SEX).merge(statusSexChild[1], n, Long::sum);
            long[] f = statusSexChild[2].isEmpty() ? null : figures.get(Long.parseLong(statusSexChild[2]));
            if (f != null) {
                add(f, statusSexChild[0], statusSexChild[1], n);
            }
        }
        counts.getOrDefault("AGE_SEX", Map.of()).forEach((sexAndBand, n) -> {
            String[] parts = sexAndBand.split(":", 2);
            byDimension.get(StatDimension.AGE_SEX).merge(parts[0] + "_" + parts[1], n, Long::sum);
            byDimension.get(StatDimension.AGE_BAND).merge(parts[1], n, Long::sum);
        });
        Map<String, HistoryQueries.Attribute> attributes = Map.of(
                "ETHNICITY", HistoryQueries.Attribute.ETHNICITY,
                "RELIGION", HistoryQueries.Attribute.RELIGION,
                "EDUCATION", HistoryQueries.Attribute.GENERAL_EDUCATION,
                "PROFESSIONAL", HistoryQueries.Attribute.PROFESSIONAL_LEVEL,
                "THEORY", HistoryQueries.Attribute.THEORY_LEVEL);
        attributes.forEach((dim, attribute) -> counts.getOrDefault(dim, Map.of())
                .forEach((value, n) ->
                        byDimension.get(dimension(attribute)).merge(key(attribute, value, asOf), n, Long::sum)));
        counts.getOrDefault("PARTY", Map.of())
                .forEach((band, n) ->
                        byDimension.get(StatDimension.PARTY_AGE_BAND).merge(band, n, Long::sum));
        byDimension.get(StatDimension.UNIT_KIND).putAll(counts.getOrDefault("UNIT_KIND", Map.of()));
        byDimension.get(StatDimension.CELL_SIZE).putAll(counts.getOrDefault("CELL_SIZE", Map.of()));
        counts.getOrDefault("CHILD_CELLS", Map.of()).forEach((child, n) -> {
            long[] f = figures.get(Long.parseLong(child));
            if (f != null) {
                f[4] += n;
            }
        });
        return assemble(unit, asOf, members, byDimension, direct, figures);
    }

    /**
     * From the periods covering the day in the subtree's units, and its units' lives (public for the benchmark, which
     * measures it beside the dated totals).
     */
    public SubtreeStatistics fromPeriods(OrgUnitRef unit, LocalDate asOf) {
        List<HistoryQueries.UnitRow> units = queries.units(unit.path());
        HistoryQueries.DayCounts day = queries.dayCounts(unit.path(), asOf);
        List<HistoryQueries.UnitCount> counts = day.units();
        List<HistoryQueries.AttributeCount> attributes = day.attributes();

        Map<Long, Long> membersByUnit = new HashMap<>();
        Map<String, Long> status = new HashMap<>();
        Map<String, Long> sex = new HashMap<>();
        long members = 0;
        for (HistoryQueries.UnitCount c : counts) {
            membersByUnit.merge(c.unitId(), c.count(), Long::sum);
            status.merge(c.status(), c.count(), Long::sum);
            sex.merge(c.sex(), c.count(), Long::sum);
            members += c.count();
        }
        Map<StatDimension, Map<String, Long>> byDimension = new LinkedHashMap<>();
        for (StatDimension d : StatDimension.values()) {
            byDimension.put(d, new HashMap<>());
        }
        byDimension.put(StatDimension.STATUS, status);
        byDimension.put(StatDimension.SEX, sex);
        for (HistoryQueries.AttributeCount a : attributes) {
            StatDimension dimension = dimension(a.attribute());
            byDimension.get(dimension).merge(key(a.attribute(), a.key(), asOf), a.count(), Long::sum);
        }
        for (HistoryQueries.UnitRow u : units) {
            if (u.activeOn(asOf)) {
                byDimension.get(StatDimension.UNIT_KIND).merge(u.kind().name(), 1L, Long::sum);
                if (u.isCell()) {
                    byDimension
                            .get(StatDimension.CELL_SIZE)
                            .merge(StatBands.cellSizeBand(membersByUnit.getOrDefault(u.id(), 0L)), 1L, Long::sum);
                }
            }
        }
        List<HistoryQueries.UnitRow> direct = units.stream()
                .filter(u -> u.parentId() != null && u.parentId() == unit.id())
                .toList();
        return assemble(unit, asOf, members, byDimension, direct, figures(direct, units, counts, asOf));
    }

    private static SubtreeStatistics assemble(
            OrgUnitRef unit,
            LocalDate asOf,
            long members,
            Map<StatDimension, Map<String, Long>> byDimension,
            List<HistoryQueries.UnitRow> direct,
            Map<Long, long[]> figures) {
        List<Breakdown> breakdowns = new ArrayList<>();
        byDimension.forEach((d, buckets) -> breakdowns.add(new Breakdown(d, buckets(d, buckets))));
        List<SubtreeStatistics.ChildStatistics> rows = new ArrayList<>();
        for (HistoryQueries.UnitRow c : direct) {
            long[] f = figures.get(c.id());
            if (c.activeOn(asOf) || f[0] > 0) {
                rows.add(new SubtreeStatistics.ChildStatistics(ref(c), f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return new SubtreeStatistics(unit, asOf, SOURCE, members, breakdowns, rows);
    }

    /** A child's members, official, probationary, women (indexes 0–3; 4 is its cells). */
    private static void add(long[] figures, String status, String sex, long n) {
        figures[0] += n;
        figures[1] += "OFFICIAL".equals(status) ? n : 0;
        figures[2] += "PROBATIONARY".equals(status) ? n : 0;
        figures[3] += "F".equals(sex) ? n : 0;
    }

    /** Each direct child's figures on the day, from the unit counts and the units' lives. */
    private static Map<Long, long[]> figures(
            List<HistoryQueries.UnitRow> direct,
            List<HistoryQueries.UnitRow> units,
            List<HistoryQueries.UnitCount> counts,
            LocalDate asOf) {
        Map<Long, HistoryQueries.UnitRow> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Function<Long, HistoryQueries.@Nullable UnitRow> childOf = id -> {
            HistoryQueries.UnitRow u = byId.get(id);
            return u == null
                    ? null
                    : direct.stream()
                            .filter(c -> u.path().startsWith(c.path()))
                            .findFirst()
                            .orElse(null);
        };
        Map<Long, long[]> figures = new LinkedHashMap<>();
        direct.forEach(c -> figures.put(c.id(), new long[5]));
        for (HistoryQueries.UnitCount c : counts) {
            HistoryQueries.UnitRow child = childOf.apply(c.unitId());
            if (child != null) {
                add(figures.get(child.id()), c.status(), c.sex(), c.count());
            }
        }
        for (HistoryQueries.UnitRow u : units) {
            HistoryQueries.UnitRow child = u.isCell() && u.activeOn(asOf) ? childOf.apply(u.id()) : null;
            if (child != null) {
                figures.get(child.id())[4]++;
            }
        }
        return figures;
    }

    static OrgUnitRef ref(HistoryQueries.UnitRow u) {
        return new OrgUnitRef(u.id(), u.kind(), u.name(), u.path());
    }

    private static StatDimension dimension(HistoryQueries.Attribute attribute) {
        return switch (attribute) {
            case AGE -> StatDimension.AGE_BAND;
            case ETHNICITY -> StatDimension.ETHNICITY;
            case RELIGION -> StatDimension.RELIGION;
            case GENERAL_EDUCATION -> StatDimension.GENERAL_EDUCATION;
            case PROFESSIONAL_LEVEL -> StatDimension.PROFESSIONAL_LEVEL;
            case THEORY_LEVEL -> StatDimension.THEORY_LEVEL;
            case PARTY_YEARS -> StatDimension.PARTY_AGE_BAND;
            case AGE_SEX -> StatDimension.AGE_SEX;
        };
    }

    /** The bucket key of an attribute value: ages through {@link StatBands} so that every band means the same. */
    private static String key(HistoryQueries.Attribute attribute, @Nullable String value, LocalDate asOf) {
        if (value == null || value.isBlank()) {
            return StatBands.UNKNOWN;
        }
        return switch (attribute) {
            case AGE -> StatBands.ageBand(asOf.minusYears(Integer.parseInt(value.strip())), asOf);
            case PARTY_YEARS -> {
                int years = Integer.parseInt(value.strip());
                yield years < 0 ? StatBands.UNKNOWN : StatBands.partyAgeBand(asOf.minusYears(years), asOf);
            }
            case AGE_SEX -> {
                String[] sexAndAge = value.split(":", 2);
                yield sexAndAge[0] + "_"
                        + StatBands.ageBand(asOf.minusYears(Integer.parseInt(sexAndAge[1].strip())), asOf);
            }
            case GENERAL_EDUCATION -> StatBands.generalEducation(value);
            case ETHNICITY -> known(value, Ethnicity.class);
            default -> value;
        };
    }

    private static <E extends Enum<E>> String known(String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            return StatBands.UNKNOWN;
        }
    }

    private static List<Bucket> buckets(StatDimension dimension, Map<String, Long> counts) {
        List<Bucket> buckets = new ArrayList<>();
        new TreeMap<>(counts).forEach((k, v) -> {
            if (v > 0) {
                buckets.add(new Bucket(k, v));
            }
        });
        if (ORDERED.contains(dimension)) {
            List<String> order = NATURAL_ORDER.get(dimension);
            buckets.sort(Comparator.comparingInt(b -> {
                int i = order.indexOf(b.key());
                return i < 0 ? order.size() : i;
            }));
        } else {
            buckets.sort(Comparator.comparingLong(Bucket::count).reversed().thenComparing(Bucket::key));
        }
        return buckets;
    }
}

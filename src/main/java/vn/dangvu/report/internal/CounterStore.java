package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.report.StatDimension;

/** The SQL of the counters: the state row, the stored contributions, and applying summed changes. */
@Component
class CounterStore {

    /** IN lists are cut into chunks of this size. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    CounterStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A unit as the counters need it. */
    record Unit(long id, OrgUnitKind kind, String path, boolean active) {}

    /**
     * Locks the state row until the end of the transaction and returns the counters' reference date (absent before
     * the first rebuild). Every upkeep and every rebuild goes through here, so they never interleave.
     */
    Optional<LocalDate> lockAsOf() {
        return first(jdbc.sql("SELECT as_of FROM stat_state WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .list());
    }

    Optional<LocalDate> asOf() {
        return first(jdbc.sql("SELECT as_of FROM stat_state WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .list());
    }

    private static Optional<LocalDate> first(List<Optional<LocalDate>> rows) {
        return rows.isEmpty() ? Optional.empty() : rows.get(0);
    }

    void setAsOf(LocalDate asOf) {
        jdbc.sql("UPDATE stat_state SET as_of = :asOf WHERE id = 1")
                .param("asOf", asOf)
                .update();
    }

    /**
     * The counted members whose age or membership-age band differs between the two reference dates: a birth date or
     * first admission between the band edges of {@code from} (excluded) and of {@code to} (included).
     */
    java.util.Set<UUID> crossingBandEdges(LocalDate from, LocalDate to) {
        List<String> windows = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("counted", CountingPolicy.COUNTED_NAMES);
        List<LocalDate> ageFrom = CountingPolicy.boundaries(CountingPolicy.AGE_EDGES, from);
        List<LocalDate> ageTo = CountingPolicy.boundaries(CountingPolicy.AGE_EDGES, to);
        List<LocalDate> partyFrom = CountingPolicy.boundaries(CountingPolicy.PARTY_AGE_EDGES, from);
        List<LocalDate> partyTo = CountingPolicy.boundaries(CountingPolicy.PARTY_AGE_EDGES, to);
        for (int i = 0; i < ageFrom.size(); i++) {
            windows.add("(m.birth_date > :af" + i + " AND m.birth_date <= :at" + i + ")");
            windows.add("(m.first_admitted_on > :pf" + i + " AND m.first_admitted_on <= :pt" + i + ")");
            params.addValue("af" + i, ageFrom.get(i))
                    .addValue("at" + i, ageTo.get(i))
                    .addValue("pf" + i, partyFrom.get(i))
                    .addValue("pt" + i, partyTo.get(i));
        }
        // an admission after the old date was UNKNOWN (not yet admitted then) and is now counted in a band
        windows.add("(m.first_admitted_on > :from AND m.first_admitted_on <= :to)");
        params.addValue("from", from).addValue("to", to);
        return new java.util.HashSet<>(named.queryForList(
                "SELECT m.id FROM report_member m WHERE m.status IN (:counted) AND (" + String.join(" OR ", windows)
                        + ")",
                params,
                UUID.class));
    }

    Map<Long, Unit> units(Collection<Long> ids) {
        Map<Long, Unit> units = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            jdbc.sql("SELECT id, kind, path, state FROM report_org_unit WHERE id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        units.put(
                                rs.getLong("id"),
                                new Unit(
                                        rs.getLong("id"),
                                        OrgUnitKind.valueOf(rs.getString("kind")),
                                        rs.getString("path"),
                                        "ACTIVE".equals(rs.getString("state"))));
                    });
        }
        return units;
    }

    Optional<Unit> unit(long id) {
        return Optional.ofNullable(units(List.of(id)).get(id));
    }

    /** What the members contribute now, as stored. */
    Map<UUID, MemberContribution> stored(Collection<UUID> memberIds) {
        Map<UUID, MemberContribution> stored = new HashMap<>();
        for (List<UUID> chunk : chunks(List.copyOf(memberIds))) {
            jdbc.sql("SELECT * FROM stat_member WHERE member_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        stored.put(rs.getObject("member_id", UUID.class), MemberContribution.fromStored(rs));
                    });
        }
        return stored;
    }

    /** What the counted members among the given ones contribute from their records today. */
    Map<UUID, MemberContribution> current(Collection<UUID> memberIds, LocalDate asOf) {
        Map<UUID, MemberContribution> current = new HashMap<>();
        for (List<UUID> chunk : chunks(List.copyOf(memberIds))) {
            jdbc.sql("""
                            SELECT m.* FROM report_member m JOIN report_org_unit u ON u.id = m.org_unit_id
                             WHERE m.id IN (:ids) AND u.state = 'ACTIVE' AND m.status IN (:counted)""")
                    .param("ids", chunk)
                    .param("counted", CountingPolicy.COUNTED_NAMES)
                    .query(rs -> {
                        current.put(rs.getObject("id", UUID.class), MemberContribution.fromMember(rs, asOf));
                    });
        }
        return current;
    }

    /** Replaces the stored contributions of the given members (absent from {@code current}: no longer counted). */
    void store(Collection<UUID> memberIds, Map<UUID, MemberContribution> current) {
        for (List<UUID> chunk : chunks(List.copyOf(memberIds))) {
            jdbc.sql("DELETE FROM stat_member WHERE member_id IN (:ids)")
                    .param("ids", chunk)
                    .update();
        }
        if (current.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = current.entrySet().stream()
                .map(e -> {
                    MemberContribution c = e.getValue();
                    return new MapSqlParameterSource()
                            .addValue("id", e.getKey())
                            .addValue("unit", c.orgUnitId())
                            .addValue("status", c.status())
                            .addValue("sex", c.sex())
                            .addValue("age", c.ageBand())
                            .addValue("ethnicity", c.ethnicity())
                            .addValue("religion", c.religion())
                            .addValue("education", c.generalEducation())
                            .addValue("professional", c.professionalLevel())
                            .addValue("theory", c.theoryLevel())
                            .addValue("partyAge", c.partyAgeBand());
                })
                .toArray(MapSqlParameterSource[]::new);
        named.batchUpdate("""
                        INSERT INTO stat_member (member_id, org_unit_id, status, sex, age_band, ethnicity, religion,
                               general_education, professional_level, theory_level, party_age_band)
                        VALUES (:id, :unit, :status, :sex, :age, :ethnicity, :religion, :education, :professional,
                               :theory, :partyAge)""", rows);
    }

    /** Counted members of each cell (its stored contributions: a cell's counters are not stored). */
    Map<Long, Long> cellSizes(Collection<Long> cellIds) {
        Map<Long, Long> members = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(cellIds))) {
            jdbc.sql("SELECT org_unit_id, COUNT(*) FROM stat_member WHERE org_unit_id IN (:ids) GROUP BY org_unit_id")
                    .param("ids", chunk)
                    .query(rs -> {
                        members.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return members;
    }

    /**
     * A unit's counters as stored in {@code org_stat}; for a cell, with the member breakdowns counted now from its
     * members' stored contributions (exactly what a rebuild would store for it).
     */
    Map<CounterDeltas.Key, Long> rowsOf(long unitId) {
        CounterDeltas rows = new CounterDeltas();
        List<Long> self = List.of(unitId);
        jdbc.sql("SELECT dimension, bucket, members FROM org_stat WHERE org_unit_id = :id")
                .param("id", unitId)
                .query(rs -> {
                    rows.add(self, StatDimension.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3));
                });
        Optional<Unit> unit = unit(unitId);
        if (unit.isPresent() && CountingPolicy.isCell(unit.get().kind())) {
            jdbc.sql("SELECT * FROM stat_member WHERE org_unit_id = :id")
                    .param("id", unitId)
                    .query((rs, n) -> MemberContribution.fromStored(rs))
                    .list()
                    .forEach(member -> rows.addMember(self, member, 1));
        }
        return rows.asMap();
    }

    /**
     * Applies summed changes in one JDBC batch of keyed UPDATEs (one round trip, rows touched in key order), a batch of
     * INSERTs for the keys that had no row, and a batch of keyed DELETEs of the changed rows that reached zero (only
     * non-zero buckets are kept). Not only the lowered ones: within one organisation change a bucket can go below zero
     * before its other half arrives (a split counts the moved members before the new cells), and come back to zero on a
     * raise. The zero rows used to be looked for among all the rows of the lowered units, which at national scale read
     * the many row versions of the root and the provinces on every step (2 ms, the largest part of a step's counters,
     * docs/benchmarks.md); a MERGE per key, which does all three, cost three times an UPDATE.
     */
    void apply(CounterDeltas deltas) {
        List<Map.Entry<CounterDeltas.Key, Long>> changes =
                new ArrayList<>(deltas.asMap().entrySet());
        if (changes.isEmpty()) {
            return;
        }
        // a cell's member breakdowns are counted when read, not stored
        java.util.Set<Long> cells =
                cells(changes.stream().map(e -> e.getKey().unitId()).toList());
        changes.removeIf(e -> cells.contains(e.getKey().unitId())
                && java.util.Arrays.asList(MemberContribution.DIMENSIONS)
                        .contains(e.getKey().dimension()));
        if (changes.isEmpty()) {
            return;
        }
        changes.sort(Map.Entry.comparingByKey(java.util.Comparator.comparingLong(CounterDeltas.Key::unitId)
                .thenComparing(CounterDeltas.Key::dimension)
                .thenComparing(CounterDeltas.Key::bucket)));
        MapSqlParameterSource[] rows = changes.stream()
                .map(e -> new MapSqlParameterSource()
                        .addValue("unit", e.getKey().unitId())
                        .addValue("dimension", e.getKey().dimension().name())
                        .addValue("bucket", e.getKey().bucket())
                        .addValue("delta", e.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        int[] updated = named.batchUpdate("""
                        UPDATE org_stat SET members = members + :delta
                         WHERE org_unit_id = :unit AND dimension = :dimension AND bucket = :bucket""", rows);
        List<MapSqlParameterSource> missing = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (updated[i] == 0) {
                missing.add(rows[i]);
            }
        }
        if (!missing.isEmpty()) {
            named.batchUpdate("""
                            INSERT INTO org_stat (org_unit_id, dimension, bucket, members)
                            VALUES (:unit, :dimension, :bucket, :delta)""", missing.toArray(MapSqlParameterSource[]::new));
        }
        named.batchUpdate("""
                        DELETE FROM org_stat
                         WHERE org_unit_id = :unit AND dimension = :dimension AND bucket = :bucket AND members = 0""", rows);
    }

    /** The cells among the given units. */
    private java.util.Set<Long> cells(Collection<Long> unitIds) {
        java.util.Set<Long> cells = new java.util.HashSet<>();
        for (List<Long> chunk : chunks(List.copyOf(new java.util.HashSet<>(unitIds)))) {
            cells.addAll(jdbc.sql("SELECT id FROM report_org_unit WHERE id IN (:ids) AND kind IN ("
                            + CountingPolicy.CELL_KINDS_SQL + ")")
                    .param("ids", chunk)
                    .query(Long.class)
                    .list());
        }
        return cells;
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}

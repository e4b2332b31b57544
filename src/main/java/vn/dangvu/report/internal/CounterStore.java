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

    /** Counted members of each unit's subtree (the STATUS buckets summed). */
    Map<Long, Long> members(Collection<Long> unitIds) {
        Map<Long, Long> members = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(unitIds))) {
            jdbc.sql("""
                            SELECT org_unit_id, SUM(members) FROM org_stat
                             WHERE dimension = 'STATUS' AND org_unit_id IN (:ids) GROUP BY org_unit_id""").param("ids", chunk).query(rs -> {
                members.put(rs.getLong(1), rs.getLong(2));
            });
        }
        return members;
    }

    /** A unit's counters. */
    Map<CounterDeltas.Key, Long> rowsOf(long unitId) {
        Map<CounterDeltas.Key, Long> rows = new HashMap<>();
        jdbc.sql("SELECT dimension, bucket, members FROM org_stat WHERE org_unit_id = :id")
                .param("id", unitId)
                .query(rs -> {
                    rows.put(
                            new CounterDeltas.Key(unitId, StatDimension.valueOf(rs.getString(1)), rs.getString(2)),
                            rs.getLong(3));
                });
        return rows;
    }

    /**
     * Applies summed changes: one UPDATE per bucket and amount over all the units it touches, an INSERT for the
     * units that had no row, and the rows that reach zero removed (only non-zero buckets are kept).
     */
    void apply(CounterDeltas deltas) {
        for (CounterDeltas.Group group : deltas.groups()) {
            for (List<Long> units : chunks(group.unitIds())) {
                int updated = jdbc.sql("""
                                UPDATE org_stat SET members = members + :delta
                                 WHERE dimension = :dimension AND bucket = :bucket AND org_unit_id IN (:units)""")
                        .param("delta", group.delta())
                        .param("dimension", group.dimension().name())
                        .param("bucket", group.bucket())
                        .param("units", units)
                        .update();
                if (updated < units.size()) {
                    jdbc.sql("""
                                    INSERT INTO org_stat (org_unit_id, dimension, bucket, members)
                                    SELECT u.id, :dimension, :bucket, :delta FROM report_org_unit u
                                     WHERE u.id IN (:units) AND NOT EXISTS (SELECT 1 FROM org_stat s
                                           WHERE s.org_unit_id = u.id AND s.dimension = :dimension AND s.bucket = :bucket)""")
                            .param("delta", group.delta())
                            .param("dimension", group.dimension().name())
                            .param("bucket", group.bucket())
                            .param("units", units)
                            .update();
                }
                if (group.delta() < 0) {
                    jdbc.sql("""
                                    DELETE FROM org_stat WHERE dimension = :dimension AND bucket = :bucket
                                       AND org_unit_id IN (:units) AND members = 0""")
                            .param("dimension", group.dimension().name())
                            .param("bucket", group.bucket())
                            .param("units", units)
                            .update();
                }
            }
        }
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}

package vn.dangvu.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgDecision;
import vn.dangvu.org.OrgUnitEvent;
import vn.dangvu.org.OrgUnitEventKind;

/** The append-only history of units: entries are added, never changed. */
@Component
public class OrgHistory {

    /**
     * An entry to add.
     *
     * @param decision the decision, absent for a unit registered without one
     */
    public record Entry(
            long unitId,
            OrgUnitEventKind kind,
            LocalDate effectiveOn,
            @Nullable OrgDecision decision,
            @Nullable Long relatedUnitId,
            @Nullable String nameBefore,
            @Nullable String nameAfter,
            @Nullable Long parentBefore,
            @Nullable Long parentAfter,
            @Nullable String pathBefore,
            @Nullable String pathAfter,
            @Nullable Integer membersMoved) {}

    private final JdbcClient jdbc;

    OrgHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Entry e, Instant at, String by) {
        OrgDecision d = e.decision();
        jdbc.sql("""
                        INSERT INTO org_unit_event (org_unit_id, kind, effective_on, decision_number, decision_date,
                                                    issuer, related_unit_id, name_before, name_after, parent_before,
                                                    parent_after, path_before, path_after, members_moved, recorded_at,
                                                    recorded_by)
                        VALUES (:unit, :kind, :effective, :number, :date, :issuer, :related, :nameBefore, :nameAfter,
                                :parentBefore, :parentAfter, :pathBefore, :pathAfter, :moved, :at, :by)""")
                .param("unit", e.unitId())
                .param("kind", e.kind().name())
                .param("effective", e.effectiveOn())
                .param("number", d == null ? null : d.number().strip())
                .param("date", d == null ? null : d.date())
                .param("issuer", d == null ? null : d.issuer().strip())
                .param("related", e.relatedUnitId())
                .param("nameBefore", e.nameBefore())
                .param("nameAfter", e.nameAfter())
                .param("parentBefore", e.parentBefore())
                .param("parentAfter", e.parentAfter())
                .param("pathBefore", e.pathBefore())
                .param("pathAfter", e.pathAfter())
                .param("moved", e.membersMoved())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /**
     * The units the unit continues: a merge or split is recorded on both units, the absorbed (or source) unit's entry
     * first, so the other unit of an entry is a predecessor when its own matching entry was recorded earlier.
     */
    public List<vn.dangvu.org.OrgPredecessor> predecessors(long unitId) {
        return jdbc.sql("""
                        SELECT e.related_unit_id, e.kind, e.effective_on
                          FROM org_unit_event e
                          JOIN org_unit_event p ON p.org_unit_id = e.related_unit_id AND p.related_unit_id = e.org_unit_id
                                               AND p.kind = e.kind AND p.id < e.id
                         WHERE e.org_unit_id = :unit AND e.kind IN ('MERGED', 'SPLIT')
                         ORDER BY e.effective_on, e.id""")
                .param("unit", unitId)
                .query((rs, n) -> new vn.dangvu.org.OrgPredecessor(
                        rs.getLong("related_unit_id"),
                        OrgUnitEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective_on", LocalDate.class)))
                .list();
    }

    /** A unit's history, newest change first. */
    public List<OrgUnitEvent> of(long unitId) {
        return jdbc.sql("""
                        SELECT e.*, r.name AS related_name, pb.name AS parent_before_name, pa.name AS parent_after_name
                          FROM org_unit_event e
                          LEFT JOIN org_unit r ON r.id = e.related_unit_id
                          LEFT JOIN org_unit pb ON pb.id = e.parent_before
                          LEFT JOIN org_unit pa ON pa.id = e.parent_after
                         WHERE e.org_unit_id = :unit
                         ORDER BY e.effective_on DESC, e.id DESC""").param("unit", unitId).query(OrgHistory::event).list();
    }

    private static OrgUnitEvent event(ResultSet rs, int n) throws SQLException {
        return new OrgUnitEvent(
                rs.getLong("id"),
                rs.getLong("org_unit_id"),
                OrgUnitEventKind.valueOf(rs.getString("kind")),
                rs.getObject("effective_on", LocalDate.class),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("issuer"),
                nullableLong(rs, "related_unit_id"),
                rs.getString("related_name"),
                rs.getString("name_before"),
                rs.getString("name_after"),
                nullableLong(rs, "parent_before"),
                rs.getString("parent_before_name"),
                nullableLong(rs, "parent_after"),
                rs.getString("parent_after_name"),
                rs.getString("path_before"),
                rs.getString("path_after"),
                rs.getObject("members_moved") == null ? null : rs.getInt("members_moved"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

package vn.dangvu.conference.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.conference.ConferenceBody;
import vn.dangvu.conference.ProgrammeItemKind;
import vn.dangvu.shared.DomainException;

/** The {@code conference_programme*} rows: a body's term work programme and its planned items. */
@Component
public class TermProgrammeStore {

    private final JdbcClient jdbc;

    TermProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A programme's own row.
     *
     * @param id the programme
     * @param orgUnitId the unit
     * @param body the body
     * @param termId the term
     * @param plannedRegular regular conferences planned
     * @param version optimistic-lock version
     */
    public record ProgrammeRow(
            UUID id, long orgUnitId, ConferenceBody body, long termId, int plannedRegular, long version) {}

    /**
     * A planned item.
     *
     * @param id the item
     * @param programmeId its programme
     * @param kind thematic conference or resolution
     * @param title topic or title
     * @param year planned year
     * @param quarter planned quarter
     */
    public record ItemRow(UUID id, UUID programmeId, ProgrammeItemKind kind, String title, int year, int quarter) {}

    public Optional<ProgrammeRow> find(long unitId, ConferenceBody body, long termId) {
        return jdbc.sql("SELECT * FROM conference_programme WHERE org_unit_id = :u AND body = :b AND term_id = :t")
                .param("u", unitId)
                .param("b", body.name())
                .param("t", termId)
                .query((rs, n) -> new ProgrammeRow(
                        rs.getObject("id", UUID.class),
                        rs.getLong("org_unit_id"),
                        ConferenceBody.valueOf(rs.getString("body")),
                        rs.getLong("term_id"),
                        rs.getInt("planned_regular"),
                        rs.getLong("version")))
                .optional();
    }

    public Optional<ProgrammeRow> byId(UUID id) {
        return jdbc.sql("SELECT * FROM conference_programme WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ProgrammeRow(
                        rs.getObject("id", UUID.class),
                        rs.getLong("org_unit_id"),
                        ConferenceBody.valueOf(rs.getString("body")),
                        rs.getLong("term_id"),
                        rs.getInt("planned_regular"),
                        rs.getLong("version")))
                .optional();
    }

    public void insert(ProgrammeRow row, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO conference_programme (id, org_unit_id, body, term_id, planned_regular, version,
                               created_at, created_by, updated_at)
                        VALUES (:id, :u, :b, :t, :n, 0, :now, :by, :now)""")
                .param("id", row.id())
                .param("u", row.orgUnitId())
                .param("b", row.body().name())
                .param("t", row.termId())
                .param("n", row.plannedRegular())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public void updatePlanned(UUID id, int plannedRegular, long version, Instant now) {
        int n = jdbc.sql("""
                        UPDATE conference_programme SET planned_regular = :n, version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :version""")
                .param("n", plannedRegular)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", version)
                .update();
        if (n == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public void insertItem(ItemRow item) {
        jdbc.sql("""
                        INSERT INTO conference_programme_item (id, programme_id, kind, title, planned_year,
                               planned_quarter)
                        VALUES (:id, :p, :kind, :title, :year, :quarter)""")
                .param("id", item.id())
                .param("p", item.programmeId())
                .param("kind", item.kind().name())
                .param("title", item.title())
                .param("year", item.year())
                .param("quarter", item.quarter())
                .update();
    }

    public List<ItemRow> items(UUID programmeId) {
        return jdbc.sql("""
                        SELECT * FROM conference_programme_item WHERE programme_id = :p
                         ORDER BY planned_year, planned_quarter, kind, title, id""")
                .param("p", programmeId)
                .query((rs, n) -> new ItemRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("programme_id", UUID.class),
                        ProgrammeItemKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getInt("planned_year"),
                        rs.getInt("planned_quarter")))
                .list();
    }

    /**
     * Checks that a planned item belongs to the programme of this body and term and is of the kind wanted; otherwise
     * {@code conference.programme-item.invalid} on {@code field}.
     */
    public void requireItem(
            UUID itemId,
            long unitId,
            ConferenceBody body,
            @Nullable Long termId,
            String field,
            ProgrammeItemKind kind) {
        long found = termId == null
                ? 0
                : jdbc.sql("""
                                SELECT COUNT(*) FROM conference_programme_item i
                                  JOIN conference_programme p ON p.id = i.programme_id
                                 WHERE i.id = :id AND i.kind = :kind AND p.org_unit_id = :u AND p.body = :b
                                   AND p.term_id = :t""")
                        .param("id", itemId)
                        .param("kind", kind.name())
                        .param("u", unitId)
                        .param("b", body.name())
                        .param("t", termId)
                        .query(Long.class)
                        .single();
        if (found == 0) {
            throw DomainException.rule("conference.programme-item.invalid").onField(field);
        }
    }
}

package vn.dangvu.handbook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.handbook.Feedback;
import vn.dangvu.handbook.FeedbackKind;
import vn.dangvu.handbook.FeedbackState;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** Members' feedback rows: written by the member, listed and answered by the committees over their cell. */
@Component
class FeedbackStore {

    private static final String COLUMNS = """
            f.id, f.member_id, f.member_name, f.org_unit_id, u.name AS unit_name, f.kind, f.subject, f.body,
            f.created_at, f.state, f.answer, f.answered_by, f.answered_at, f.version
            """;

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final Clock clock;

    FeedbackStore(JdbcClient jdbc, OrgUnits orgUnits, Clock clock) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    UUID send(UUID memberId, String memberName, long cellId, FeedbackKind kind, String subject, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO handbook_feedback
                               (id, member_id, member_name, org_unit_id, kind, subject, body, created_at, state, version)
                        VALUES (:id, :member, :name, :unit, :kind, :subject, :body, :now, 'OPEN', 0)
                        """)
                .param("id", id)
                .param("member", memberId)
                .param("name", memberName)
                .param("unit", cellId)
                .param("kind", kind.name())
                .param("subject", subject)
                .param("body", body)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    List<Feedback> mine(UUID memberId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                          FROM handbook_feedback f
                          JOIN org_unit_directory u ON u.id = f.org_unit_id
                         WHERE f.member_id = :member
                         ORDER BY f.created_at DESC, f.id
                         LIMIT 200
                        """)
                .param("member", memberId)
                .query(FeedbackStore::row)
                .list();
    }

    /** Feedback from cells within the scope (and under {@code subtreePath} when given), open ones first. */
    PageResult<Feedback> list(
            OrgScope scope, @Nullable String subtreePath, @Nullable FeedbackState state, Paging paging) {
        if (scope.isEmpty()) {
            return new PageResult<>(List.of(), paging.pageOrDefault(), paging.sizeOrDefault(), 0);
        }
        SqlFragment within = orgUnits.unitWithin("f.org_unit_id", scope, "scope");
        Map<String, Object> params = new HashMap<>(within.params());
        StringBuilder where = new StringBuilder(within.sql());
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("f.org_unit_id", subtreePath, "sub");
            where.append(" AND ").append(sub.sql());
            params.putAll(sub.params());
        }
        if (state != null) {
            where.append(" AND f.state = :state");
            params.put("state", state.name());
        }
        List<Feedback> rows = jdbc.sql("SELECT " + COLUMNS + """
                          FROM handbook_feedback f
                          JOIN org_unit_directory u ON u.id = f.org_unit_id
                         WHERE\s""" + where + """

                         ORDER BY CASE WHEN f.state = 'OPEN' THEN 0 ELSE 1 END, f.created_at DESC, f.id
                         LIMIT :limit OFFSET :offset
                        """)
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(FeedbackStore::row)
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM handbook_feedback f WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    Optional<Feedback> findWithin(UUID id, OrgScope scope) {
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        SqlFragment within = orgUnits.unitWithin("f.org_unit_id", scope, "scope");
        return jdbc.sql("SELECT " + COLUMNS + """
                          FROM handbook_feedback f
                          JOIN org_unit_directory u ON u.id = f.org_unit_id
                         WHERE f.id = :id AND\s""" + within.sql())
                .params(within.params())
                .param("id", id)
                .query(FeedbackStore::row)
                .optional();
    }

    /** Writes the answer if the row is still at {@code version}; a stale version is a 409. */
    void answer(UUID id, long version, String answer, String answeredBy) {
        int updated = jdbc.sql("""
                        UPDATE handbook_feedback
                           SET answer = :answer, answered_by = :by, answered_at = :now, state = 'ANSWERED',
                               version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .param("answer", answer)
                .param("by", answeredBy)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    private static Feedback row(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Feedback(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("member_name"),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                FeedbackKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(),
                FeedbackState.valueOf(rs.getString("state")),
                rs.getString("answer"),
                rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getLong("version"));
    }
}

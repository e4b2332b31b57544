package vn.dangvu.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.member.RemovalProposal;
import vn.dangvu.member.RemovalProposalState;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code member_removal_proposal} rows, read within a scope through the member's current cell. */
@Component
public class RemovalProposalStore {

    private static final String SELECT = """
            SELECT p.*, m.full_name FROM member_removal_proposal p JOIN member m ON m.id = p.member_id""";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    RemovalProposalStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    public Optional<RemovalProposal> find(UUID memberId, String sourceKey) {
        return jdbc.sql(SELECT + " WHERE p.member_id = :m AND p.source_key = :s")
                .param("m", memberId)
                .param("s", sourceKey)
                .query(RemovalProposalStore::row)
                .optional();
    }

    public RemovalProposal get(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(RemovalProposalStore::row)
                .single();
    }

    /** The proposal if its member lies in the scope. */
    Optional<RemovalProposal> findWithin(long id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "scope");
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + within.sql())
                .params(within.params())
                .param("id", id)
                .query(RemovalProposalStore::row)
                .optional();
    }

    public long insert(UUID memberId, RemovalGround ground, String reason, String sourceKey, LocalDate on, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO member_removal_proposal (member_id, org_unit_id, ground, reason, source_key,
                               proposed_on, proposed_by, state, version)
                        SELECT id, org_unit_id, :ground, :reason, :source, :on, :by, 'OPEN', 0
                          FROM member WHERE id = :m""")
                .param("m", memberId)
                .param("ground", ground.name())
                .param("reason", reason.strip())
                .param("source", sourceKey)
                .param("on", on)
                .param("by", by)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    public List<RemovalProposal> open(OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "scope");
        return jdbc.sql(SELECT + " WHERE p.state = 'OPEN' AND " + within.sql() + " ORDER BY p.proposed_on, p.id")
                .params(within.params())
                .query(RemovalProposalStore::row)
                .list();
    }

    public List<RemovalProposal> bySource(String sourceKey, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "scope");
        Map<String, Object> params = new HashMap<>(within.params());
        params.put("s", sourceKey);
        return jdbc.sql(SELECT + " WHERE p.source_key = :s AND " + within.sql() + " ORDER BY p.id")
                .params(params)
                .query(RemovalProposalStore::row)
                .list();
    }

    /** Closes an open proposal; a version other than the stored one, or a closed proposal, is a conflict (409). */
    void close(long id, long version, RemovalProposalState state, String reason, String by, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE member_removal_proposal SET state = :state, closed_reason = :reason, closed_by = :by,
                               closed_at = :at, version = version + 1
                         WHERE id = :id AND version = :version AND state = 'OPEN'""")
                .param("state", state.name())
                .param("reason", reason.strip())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    /**
     * Closes as done every proposal of the member still open, with the lifecycle event that decided the member's
     * leaving the list.
     *
     * @return the proposals closed
     */
    List<Long> closeOpenOf(UUID memberId, long eventId, String reason, String by, Instant at) {
        List<Long> ids = jdbc.sql("SELECT id FROM member_removal_proposal WHERE member_id = :m AND state = 'OPEN'")
                .param("m", memberId)
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            UPDATE member_removal_proposal SET state = 'DONE', closed_reason = :reason, closed_by = :by,
                                   closed_at = :at, closed_event_id = :event, version = version + 1
                             WHERE id IN (:ids) AND state = 'OPEN'""")
                    .param("reason", reason)
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .param("event", eventId)
                    .param("ids", ids)
                    .update();
        }
        return ids;
    }

    /**
     * Opens again the proposals an annulled event had closed.
     *
     * @return the proposals opened
     */
    List<Long> reopenClosedBy(UUID memberId, long eventId) {
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM member_removal_proposal
                         WHERE member_id = :m AND closed_event_id = :event AND state = 'DONE'""")
                .param("m", memberId)
                .param("event", eventId)
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            UPDATE member_removal_proposal SET state = 'OPEN', closed_reason = NULL, closed_by = NULL,
                                   closed_at = NULL, closed_event_id = NULL, version = version + 1
                             WHERE id IN (:ids)""").param("ids", ids).update();
        }
        return ids;
    }

    private static RemovalProposal row(ResultSet rs, int n) throws SQLException {
        return new RemovalProposal(
                rs.getLong("id"),
                rs.getObject("member_id", UUID.class),
                rs.getString("full_name"),
                rs.getLong("org_unit_id"),
                RemovalGround.valueOf(rs.getString("ground")),
                rs.getString("reason"),
                rs.getString("source_key"),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getString("proposed_by"),
                RemovalProposalState.valueOf(rs.getString("state")),
                rs.getString("closed_reason"),
                rs.getObject("closed_event_id", Long.class),
                rs.getLong("version"));
    }
}

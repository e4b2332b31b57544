package vn.dangvu.badge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.dangvu.badge.BadgeAward;
import vn.dangvu.badge.BadgeKind;
import vn.dangvu.badge.BadgeState;
import vn.dangvu.badge.SubmitBadge;
import vn.dangvu.shared.DomainException;

/** The {@code badge_award} rows: one per member and milestone, proposed then awarded, with a version. */
@Component
class BadgeAwardStore {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    BadgeAwardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BadgeAward> ofMember(UUID memberId) {
        return jdbc.sql("SELECT * FROM badge_award WHERE member_id = :m ORDER BY milestone")
                .param("m", memberId)
                .query(BadgeAwardStore::award)
                .list();
    }

    /** The badges of many members (read in chunks), by member. */
    Map<UUID, List<BadgeAward>> ofMembers(Collection<UUID> memberIds) {
        Map<UUID, List<BadgeAward>> result = new HashMap<>();
        List<UUID> ids = new ArrayList<>(memberIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("SELECT * FROM badge_award WHERE member_id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query(BadgeAwardStore::award)
                    .list()
                    .forEach(a -> result.computeIfAbsent(a.memberId(), k -> new ArrayList<>())
                            .add(a));
        }
        return result;
    }

    Optional<BadgeAward> find(UUID memberId, int milestone) {
        return jdbc.sql("SELECT * FROM badge_award WHERE member_id = :m AND milestone = :ms")
                .param("m", memberId)
                .param("ms", milestone)
                .query(BadgeAwardStore::award)
                .optional();
    }

    long insert(SubmitBadge command, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        boolean awarded = command.state() == BadgeState.AWARDED;
        jdbc.sql("""
                        INSERT INTO badge_award (member_id, milestone, occasion, kind, state, reason, decision_number,
                               decision_date, decision_body, proposed_by, proposed_at, awarded_by, awarded_at, version)
                        VALUES (:m, :ms, :occasion, :kind, :state, :reason, :decNumber, :decDate, :decBody, :by, :at,
                               :awardedBy, :awardedAt, 0)""")
                .param("m", command.memberId())
                .param("ms", command.milestone())
                .param("occasion", command.occasion())
                .param("kind", command.kind().name())
                .param("state", command.state().name())
                .param("reason", trim(command.reason()))
                .param("decNumber", trim(command.decisionNumber()))
                .param("decDate", command.decisionDate())
                .param("decBody", trim(command.decisionBody()))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("awardedBy", awarded ? by : null)
                .param("awardedAt", awarded ? Timestamp.from(at) : null)
                .update(keys, "id");
        return java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    /** Records the award of a proposal; a version other than the stored one is a stale write (409). */
    void award(long id, long expectedVersion, SubmitBadge command, String by, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE badge_award SET state = 'AWARDED', occasion = :occasion, kind = :kind,
                               reason = COALESCE(:reason, reason), decision_number = :decNumber,
                               decision_date = :decDate, decision_body = :decBody, awarded_by = :by,
                               awarded_at = :at, version = version + 1
                         WHERE id = :id AND version = :version AND state = 'PROPOSED'""")
                .param("occasion", command.occasion())
                .param("kind", command.kind().name())
                .param("reason", trim(command.reason()))
                .param("decNumber", trim(command.decisionNumber()))
                .param("decDate", command.decisionDate())
                .param("decBody", trim(command.decisionBody()))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    BadgeAward get(long id) {
        return jdbc.sql("SELECT * FROM badge_award WHERE id = :id")
                .param("id", id)
                .query(BadgeAwardStore::award)
                .single();
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BadgeAward award(ResultSet rs, int n) throws SQLException {
        Timestamp awardedAt = rs.getTimestamp("awarded_at");
        return new BadgeAward(
                rs.getLong("id"),
                rs.getObject("member_id", UUID.class),
                rs.getInt("milestone"),
                rs.getObject("occasion", LocalDate.class),
                BadgeKind.valueOf(rs.getString("kind")),
                BadgeState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_body"),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("awarded_by"),
                awardedAt == null ? null : awardedAt.toInstant(),
                rs.getLong("version"));
    }
}

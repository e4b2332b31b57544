package vn.dangvu.conference.internal;

import java.sql.Date;
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
import org.springframework.stereotype.Component;
import vn.dangvu.conference.ConferenceBody;
import vn.dangvu.conference.ConferenceKind;
import vn.dangvu.conference.ConferenceView;
import vn.dangvu.conference.Disposition;
import vn.dangvu.conference.OpinionView;
import vn.dangvu.conference.ParticipantRole;
import vn.dangvu.conference.Presence;
import vn.dangvu.conference.VoteMethod;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.SqlFragment;

/** The {@code conference*} rows of conferences: agenda, groups, participants, drafts, opinions and votes. */
@Component
public class ConferenceStore {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    ConferenceStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /**
     * A conference's own row.
     *
     * @param id the conference
     * @param orgUnitId the unit
     * @param body the body
     * @param kind the kind
     * @param termId the term it is numbered in
     * @param congressNumber the term's congress number
     * @param number its number
     * @param title its title
     * @param topic a thematic conference's topic
     * @param heldOn the day
     * @param place where
     * @param programmeItemId the planned item it fulfils
     * @param version optimistic-lock version
     */
    public record ConferenceRow(
            UUID id,
            long orgUnitId,
            ConferenceBody body,
            ConferenceKind kind,
            @Nullable Long termId,
            @Nullable Integer congressNumber,
            @Nullable Integer number,
            String title,
            @Nullable String topic,
            LocalDate heldOn,
            @Nullable String place,
            @Nullable UUID programmeItemId,
            long version) {}

    // ----- conferences

    public void insert(ConferenceRow row, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO conference (id, org_unit_id, body, kind, term_id, congress_number, number, title,
                               topic, held_on, place, programme_item_id, version, created_at, created_by, updated_at)
                        VALUES (:id, :unit, :body, :kind, :term, :congress, :number, :title, :topic, :day, :place,
                                :item, 0, :now, :by, :now)""")
                .param("id", row.id())
                .param("unit", row.orgUnitId())
                .param("body", row.body().name())
                .param("kind", row.kind().name())
                .param("term", row.termId())
                .param("congress", row.congressNumber())
                .param("number", row.number())
                .param("title", row.title())
                .param("topic", row.topic())
                .param("day", Date.valueOf(row.heldOn()))
                .param("place", row.place())
                .param("item", row.programmeItemId())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** The highest number taken by the body of a unit in a term (0 when none). */
    public int lastNumber(long unitId, ConferenceBody body, @Nullable Long termId) {
        String term = termId == null ? "term_id IS NULL" : "term_id = :term";
        Map<String, Object> params = new HashMap<>();
        params.put("unit", unitId);
        params.put("body", body.name());
        if (termId != null) {
            params.put("term", termId);
        }
        Integer last = jdbc.sql(
                        "SELECT MAX(number) FROM conference WHERE org_unit_id = :unit AND body = :body AND " + term)
                .params(params)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return last == null ? 0 : last;
    }

    /** A conference the access reaches; otherwise {@code conference.not-found}. */
    public ConferenceRow require(UUID id, ConferenceAccess access) {
        SqlFragment visible = access.condition(orgUnits);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("id", id);
        return jdbc.sql("SELECT c.* FROM conference c WHERE c.id = :id AND " + visible.sql())
                .params(params)
                .query(ConferenceStore::conference)
                .optional()
                .orElseThrow(() -> DomainException.notFound("conference.not-found", id));
    }

    /** The conferences the access reaches, optionally of one unit and body, latest first. */
    public List<ConferenceRow> list(ConferenceAccess access, @Nullable Long unitId, @Nullable ConferenceBody body) {
        SqlFragment visible = access.condition(orgUnits);
        Map<String, Object> params = new HashMap<>(visible.params());
        StringBuilder sql = new StringBuilder("SELECT c.* FROM conference c WHERE ").append(visible.sql());
        if (unitId != null) {
            sql.append(" AND c.org_unit_id = :unit");
            params.put("unit", unitId);
        }
        if (body != null) {
            sql.append(" AND c.body = :body");
            params.put("body", body.name());
        }
        sql.append(" ORDER BY c.held_on DESC, c.number DESC, c.id LIMIT 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ConferenceStore::conference)
                .list();
    }

    /** Opinions and adopted resolutions of each conference. */
    public Map<UUID, long[]> counts(Collection<UUID> ids) {
        Map<UUID, long[]> result = new HashMap<>();
        ids.forEach(id -> result.put(id, new long[2]));
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT conference_id, COUNT(*) n FROM conference_opinion WHERE conference_id IN (:ids) GROUP BY"
                        + " conference_id")
                .param("ids", ids)
                .query((rs, n) -> result.get(rs.getObject(1, UUID.class))[0] = rs.getLong(2))
                .list();
        jdbc.sql("SELECT conference_id, COUNT(*) n FROM conference_vote WHERE adopted = TRUE AND conference_id IN"
                        + " (:ids) GROUP BY conference_id")
                .param("ids", ids)
                .query((rs, n) -> result.get(rs.getObject(1, UUID.class))[1] = rs.getLong(2))
                .list();
        return result;
    }

    public void update(
            UUID id, LocalDate heldOn, @Nullable String place, @Nullable String topic, long version, Instant now) {
        int n = jdbc.sql("""
                        UPDATE conference SET held_on = :day, place = :place, topic = :topic, version = version + 1,
                               updated_at = :now WHERE id = :id AND version = :version""")
                .param("day", Date.valueOf(heldOn))
                .param("place", place)
                .param("topic", topic)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", version)
                .update();
        stale(n);
    }

    /** Bumps the conference's version for a change of its agenda (stale → 409). */
    public void touch(UUID id, long version, Instant now) {
        stale(jdbc.sql("UPDATE conference SET version = version + 1, updated_at = :now WHERE id = :id AND version ="
                        + " :version")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", version)
                .update());
    }

    /** Conferences of a body and term that fulfil planned items or are of a kind, for the term programme. */
    public List<ConferenceRow> ofTerm(long unitId, ConferenceBody body, long termId) {
        return jdbc.sql("""
                        SELECT * FROM conference WHERE org_unit_id = :unit AND body = :body AND term_id = :term
                         ORDER BY held_on, number""")
                .param("unit", unitId)
                .param("body", body.name())
                .param("term", termId)
                .query(ConferenceStore::conference)
                .list();
    }

    // ----- agenda

    public void replaceAgenda(UUID conferenceId, List<ConferenceView.ConferenceAgendaItem> items) {
        jdbc.sql("DELETE FROM conference_agenda_item WHERE conference_id = :c")
                .param("c", conferenceId)
                .update();
        for (ConferenceView.ConferenceAgendaItem item : items) {
            jdbc.sql("""
                            INSERT INTO conference_agenda_item (id, conference_id, position, title, presenter)
                            VALUES (:id, :c, :pos, :title, :presenter)""")
                    .param("id", item.id())
                    .param("c", conferenceId)
                    .param("pos", item.position())
                    .param("title", item.title())
                    .param("presenter", item.presenter())
                    .update();
        }
    }

    public List<ConferenceView.ConferenceAgendaItem> agenda(UUID conferenceId) {
        return jdbc.sql("SELECT * FROM conference_agenda_item WHERE conference_id = :c ORDER BY position")
                .param("c", conferenceId)
                .query((rs, n) -> new ConferenceView.ConferenceAgendaItem(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("presenter")))
                .list();
    }

    // ----- groups

    public void insertGroup(UUID id, UUID conferenceId, String name) {
        if (jdbc.sql("SELECT COUNT(*) FROM conference_group WHERE conference_id = :c AND name = :name")
                        .param("c", conferenceId)
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0) {
            throw DomainException.conflict("conference.group.duplicate", name).onField("name");
        }
        jdbc.sql("""
                        INSERT INTO conference_group (id, conference_id, position, name)
                        VALUES (:id, :c, (SELECT COALESCE(MAX(position), 0) + 1 FROM conference_group
                                           WHERE conference_id = :c), :name)""")
                .param("id", id)
                .param("c", conferenceId)
                .param("name", name)
                .update();
    }

    public List<ConferenceView.ConferenceGroup> groups(UUID conferenceId) {
        return jdbc.sql("""
                        SELECT g.id, g.name,
                               (SELECT MIN(p.full_name) FROM conference_participant p
                                 WHERE p.group_id = g.id AND p.group_leader = TRUE) leader,
                               (SELECT COUNT(*) FROM conference_participant p WHERE p.group_id = g.id) members
                          FROM conference_group g WHERE g.conference_id = :c ORDER BY g.position""")
                .param("c", conferenceId)
                .query((rs, n) -> new ConferenceView.ConferenceGroup(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("leader"),
                        rs.getInt("members")))
                .list();
    }

    public boolean groupOf(UUID conferenceId, UUID groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM conference_group WHERE id = :g AND conference_id = :c")
                        .param("g", groupId)
                        .param("c", conferenceId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // ----- participants

    public void insertParticipant(UUID conferenceId, ConferenceView.ConferenceParticipant p) {
        jdbc.sql("""
                        INSERT INTO conference_participant (id, conference_id, member_id, full_name, position_title,
                               role, exempt, exclusion, attendance, group_id, group_leader, version)
                        VALUES (:id, :c, :member, :name, :position, :role, :exempt, :exclusion, :attendance, :group,
                                :leader, 0)""")
                .param("id", p.id())
                .param("c", conferenceId)
                .param("member", p.memberId())
                .param("name", p.fullName())
                .param("position", p.positionTitle())
                .param("role", p.role().name())
                .param("exempt", p.exempt())
                .param("exclusion", p.exclusion() == null ? null : p.exclusion().name())
                .param(
                        "attendance",
                        p.attendance() == null ? null : p.attendance().name())
                .param("group", p.groupId())
                .param("leader", p.groupLeader())
                .update();
    }

    public boolean memberTakesPart(UUID conferenceId, UUID memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM conference_participant WHERE conference_id = :c AND member_id = :m")
                        .param("c", conferenceId)
                        .param("m", memberId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void updateParticipant(UUID conferenceId, ConferenceView.ConferenceParticipant p) {
        if (p.groupLeader() && p.groupId() != null) {
            jdbc.sql("UPDATE conference_participant SET group_leader = FALSE WHERE group_id = :g AND id <> :id")
                    .param("g", p.groupId())
                    .param("id", p.id())
                    .update();
        }
        int n = jdbc.sql("""
                        UPDATE conference_participant SET position_title = :position, exempt = :exempt,
                               exclusion = :exclusion, attendance = :attendance, group_id = :group,
                               group_leader = :leader, version = version + 1
                         WHERE id = :id AND conference_id = :c AND version = :version""")
                .param("position", p.positionTitle())
                .param("exempt", p.exempt())
                .param("exclusion", p.exclusion() == null ? null : p.exclusion().name())
                .param(
                        "attendance",
                        p.attendance() == null ? null : p.attendance().name())
                .param("group", p.groupId())
                .param("leader", p.groupLeader() && p.groupId() != null)
                .param("id", p.id())
                .param("c", conferenceId)
                .param("version", p.version())
                .update();
        stale(n);
    }

    public Optional<ConferenceView.ConferenceParticipant> participant(UUID conferenceId, UUID participantId) {
        return jdbc.sql("SELECT * FROM conference_participant WHERE id = :id AND conference_id = :c")
                .param("id", participantId)
                .param("c", conferenceId)
                .query(ConferenceStore::participant)
                .optional();
    }

    public List<ConferenceView.ConferenceParticipant> participants(UUID conferenceId) {
        return jdbc.sql("""
                        SELECT * FROM conference_participant WHERE conference_id = :c
                         ORDER BY CASE role WHEN 'BODY_MEMBER' THEN 0 ELSE 1 END, full_name, id""")
                .param("c", conferenceId)
                .query(ConferenceStore::participant)
                .list();
    }

    // ----- drafts

    public void insertDraft(
            UUID id, UUID conferenceId, String title, @Nullable String responsible, @Nullable Long documentId) {
        jdbc.sql("""
                        INSERT INTO conference_draft (id, conference_id, position, title, responsible, document_id)
                        VALUES (:id, :c, (SELECT COALESCE(MAX(position), 0) + 1 FROM conference_draft
                                           WHERE conference_id = :c), :title, :responsible, :doc)""")
                .param("id", id)
                .param("c", conferenceId)
                .param("title", title)
                .param("responsible", responsible)
                .param("doc", documentId)
                .update();
    }

    public boolean draftOf(UUID conferenceId, UUID draftId) {
        return jdbc.sql("SELECT COUNT(*) FROM conference_draft WHERE id = :d AND conference_id = :c")
                        .param("d", draftId)
                        .param("c", conferenceId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds the next version of a draft, citing the opinions it takes in; returns its number. */
    public int insertVersion(
            UUID id,
            UUID draftId,
            @Nullable String text,
            @Nullable String note,
            Collection<UUID> opinionIds,
            String by,
            Instant now) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM conference_draft_version WHERE draft_id = :d")
                .param("d", draftId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO conference_draft_version (id, draft_id, number, text, note, created_at, created_by)
                        VALUES (:id, :d, :n, :text, :note, :now, :by)""")
                .param("id", id)
                .param("d", draftId)
                .param("n", number)
                .param("text", text)
                .param("note", note)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
        for (UUID opinion : opinionIds) {
            jdbc.sql("INSERT INTO conference_draft_version_opinion (version_id, opinion_id) VALUES (:v, :o)")
                    .param("v", id)
                    .param("o", opinion)
                    .update();
        }
        return number;
    }

    public List<ConferenceView.ConferenceDraft> drafts(UUID conferenceId) {
        Map<UUID, List<UUID>> cited = new HashMap<>();
        jdbc.sql("""
                        SELECT vo.version_id, vo.opinion_id FROM conference_draft_version_opinion vo
                          JOIN conference_draft_version v ON v.id = vo.version_id
                          JOIN conference_draft d ON d.id = v.draft_id
                         WHERE d.conference_id = :c ORDER BY vo.opinion_id""")
                .param("c", conferenceId)
                .query((rs, n) -> cited.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        Map<UUID, List<ConferenceView.ConferenceDraftVersion>> versions = new HashMap<>();
        jdbc.sql("""
                        SELECT v.* FROM conference_draft_version v JOIN conference_draft d ON d.id = v.draft_id
                         WHERE d.conference_id = :c ORDER BY v.number""")
                .param("c", conferenceId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return versions.computeIfAbsent(rs.getObject("draft_id", UUID.class), k -> new ArrayList<>())
                            .add(new ConferenceView.ConferenceDraftVersion(
                                    id,
                                    rs.getInt("number"),
                                    rs.getString("text"),
                                    rs.getString("note"),
                                    cited.getOrDefault(id, List.of()),
                                    rs.getTimestamp("created_at").toInstant(),
                                    rs.getString("created_by")));
                })
                .list();
        return jdbc.sql("""
                        SELECT d.*, (SELECT COUNT(*) FROM conference_opinion o WHERE o.draft_id = d.id) opinions
                          FROM conference_draft d WHERE d.conference_id = :c ORDER BY d.position""")
                .param("c", conferenceId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    long doc = rs.getLong("document_id");
                    return new ConferenceView.ConferenceDraft(
                            id,
                            rs.getInt("position"),
                            rs.getString("title"),
                            rs.getString("responsible"),
                            rs.wasNull() ? null : doc,
                            versions.getOrDefault(id, List.of()),
                            rs.getLong("opinions"));
                })
                .list();
    }

    // ----- opinions

    /**
     * A new opinion.
     *
     * @param id the opinion
     * @param conferenceId the conference
     * @param draftId the draft
     * @param section the section
     * @param participantId the delegate
     * @param speakerUnitId the organisation
     * @param groupId the group
     * @param text what was said
     */
    public record NewOpinion(
            UUID id,
            UUID conferenceId,
            UUID draftId,
            @Nullable String section,
            @Nullable UUID participantId,
            @Nullable Long speakerUnitId,
            @Nullable UUID groupId,
            String text) {}

    public void insertOpinion(NewOpinion o, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO conference_opinion (id, conference_id, draft_id, section, participant_id,
                               speaker_unit_id, group_id, text, version, created_at, created_by)
                        VALUES (:id, :c, :d, :section, :p, :unit, :g, :text, 0, :now, :by)""")
                .param("id", o.id())
                .param("c", o.conferenceId())
                .param("d", o.draftId())
                .param("section", o.section())
                .param("p", o.participantId())
                .param("unit", o.speakerUnitId())
                .param("g", o.groupId())
                .param("text", o.text())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public void respond(
            UUID conferenceId,
            UUID opinionId,
            Disposition disposition,
            String response,
            long version,
            String by,
            Instant now) {
        int n = jdbc.sql("""
                        UPDATE conference_opinion SET disposition = :disposition, response = :response,
                               responded_by = :by, responded_at = :now, version = version + 1
                         WHERE id = :id AND conference_id = :c AND version = :version""")
                .param("disposition", disposition.name())
                .param("response", response)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .param("id", opinionId)
                .param("c", conferenceId)
                .param("version", version)
                .update();
        if (n == 0 && opinion(conferenceId, opinionId).isEmpty()) {
            throw DomainException.notFound("conference.opinion.not-found", opinionId);
        }
        stale(n);
    }

    /**
     * Opinions of a conference, filtered.
     *
     * @param conferenceId the conference
     * @param draftId only on this draft
     * @param groupId only raised in this group
     * @param disposition only answered so ({@code null} any)
     * @param pending only those not yet answered
     */
    public List<OpinionView> opinions(
            UUID conferenceId,
            @Nullable UUID draftId,
            @Nullable UUID groupId,
            @Nullable Disposition disposition,
            boolean pending) {
        StringBuilder sql = new StringBuilder("""
                SELECT o.*, d.title draft_title, d.position draft_position, p.full_name speaker, g.name group_name,
                       (SELECT MIN(v.number) FROM conference_draft_version_opinion vo
                          JOIN conference_draft_version v ON v.id = vo.version_id WHERE vo.opinion_id = o.id) taken_in
                  FROM conference_opinion o
                  JOIN conference_draft d ON d.id = o.draft_id
                  LEFT JOIN conference_participant p ON p.id = o.participant_id
                  LEFT JOIN conference_group g ON g.id = o.group_id
                 WHERE o.conference_id = :c""");
        Map<String, Object> params = new HashMap<>();
        params.put("c", conferenceId);
        if (draftId != null) {
            sql.append(" AND o.draft_id = :d");
            params.put("d", draftId);
        }
        if (groupId != null) {
            sql.append(" AND o.group_id = :g");
            params.put("g", groupId);
        }
        if (disposition != null) {
            sql.append(" AND o.disposition = :disposition");
            params.put("disposition", disposition.name());
        }
        if (pending) {
            sql.append(" AND o.disposition IS NULL");
        }
        sql.append(" ORDER BY d.position, o.created_at, o.id");
        List<OpinionView> rows = new ArrayList<>();
        List<Long> units = new ArrayList<>();
        List<Object[]> raw = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    long unit = rs.getLong("speaker_unit_id");
                    Long unitId = rs.wasNull() ? null : unit;
                    if (unitId != null) {
                        units.add(unitId);
                    }
                    return new Object[] {opinionBuilder(rs), unitId};
                })
                .list();
        Map<Long, String> names = units.isEmpty() ? Map.of() : orgUnits.namesOf(units);
        for (Object[] r : raw) {
            OpinionRow row = (OpinionRow) r[0];
            Long unitId = (Long) r[1];
            String speaker = row.speaker() != null
                    ? row.speaker()
                    : unitId == null ? "" : names.getOrDefault(unitId, "#" + unitId);
            rows.add(row.view(unitId, speaker));
        }
        return rows;
    }

    public Optional<OpinionView> opinion(UUID conferenceId, UUID opinionId) {
        return opinions(conferenceId, null, null, null, false).stream()
                .filter(o -> o.id().equals(opinionId))
                .findFirst();
    }

    // ----- votes

    public void insertVote(UUID conferenceId, ConferenceView.ConferenceVote vote, String by) {
        jdbc.sql("""
                        INSERT INTO conference_vote (id, conference_id, title, method, votes_for, votes_against,
                               abstentions, base, adopted, document_id, document_number, programme_item_id,
                               created_at, created_by)
                        VALUES (:id, :c, :title, :method, :for, :against, :abstain, :base, :adopted, :doc, :number,
                                :item, :now, :by)""")
                .param("id", vote.id())
                .param("c", conferenceId)
                .param("title", vote.title())
                .param("method", vote.method().name())
                .param("for", vote.votesFor())
                .param("against", vote.against())
                .param("abstain", vote.abstentions())
                .param("base", vote.base())
                .param("adopted", vote.adopted())
                .param("doc", vote.documentId())
                .param("number", vote.documentNumber())
                .param("item", vote.programmeItemId())
                .param("now", Timestamp.from(vote.createdAt()))
                .param("by", by)
                .update();
    }

    public List<ConferenceView.ConferenceVote> votes(UUID conferenceId) {
        return jdbc.sql("SELECT * FROM conference_vote WHERE conference_id = :c ORDER BY created_at, id")
                .param("c", conferenceId)
                .query(ConferenceStore::vote)
                .list();
    }

    /** Adopted resolutions of conferences of a body and term. */
    public List<ConferenceView.ConferenceVote> adoptedInTerm(long unitId, ConferenceBody body, long termId) {
        return jdbc.sql("""
                        SELECT v.* FROM conference_vote v JOIN conference c ON c.id = v.conference_id
                         WHERE c.org_unit_id = :unit AND c.body = :body AND c.term_id = :term AND v.adopted = TRUE
                         ORDER BY v.created_at, v.id""")
                .param("unit", unitId)
                .param("body", body.name())
                .param("term", termId)
                .query(ConferenceStore::vote)
                .list();
    }

    // ----- mapping

    private record OpinionRow(
            UUID id,
            UUID draftId,
            String draftTitle,
            @Nullable String section,
            @Nullable UUID participantId,
            @Nullable String speaker,
            @Nullable UUID groupId,
            @Nullable String groupName,
            String text,
            @Nullable Disposition disposition,
            @Nullable String response,
            @Nullable String respondedBy,
            @Nullable Instant respondedAt,
            @Nullable Integer takenIn,
            long version) {

        OpinionView view(@Nullable Long unitId, String speakerName) {
            return new OpinionView(
                    id,
                    draftId,
                    draftTitle,
                    section,
                    participantId,
                    unitId,
                    speakerName,
                    groupId,
                    groupName,
                    text,
                    disposition,
                    response,
                    respondedBy,
                    respondedAt,
                    takenIn,
                    version);
        }
    }

    private static OpinionRow opinionBuilder(ResultSet rs) throws SQLException {
        String disposition = rs.getString("disposition");
        Timestamp at = rs.getTimestamp("responded_at");
        int taken = rs.getInt("taken_in");
        Integer takenIn = rs.wasNull() ? null : taken;
        return new OpinionRow(
                rs.getObject("id", UUID.class),
                rs.getObject("draft_id", UUID.class),
                rs.getString("draft_title"),
                rs.getString("section"),
                rs.getObject("participant_id", UUID.class),
                rs.getString("speaker"),
                rs.getObject("group_id", UUID.class),
                rs.getString("group_name"),
                rs.getString("text"),
                disposition == null ? null : Disposition.valueOf(disposition),
                rs.getString("response"),
                rs.getString("responded_by"),
                at == null ? null : at.toInstant(),
                takenIn,
                rs.getLong("version"));
    }

    private static ConferenceRow conference(ResultSet rs, int n) throws SQLException {
        long term = rs.getLong("term_id");
        Long termId = rs.wasNull() ? null : term;
        int congress = rs.getInt("congress_number");
        Integer congressNumber = rs.wasNull() ? null : congress;
        int number = rs.getInt("number");
        Integer num = rs.wasNull() ? null : number;
        return new ConferenceRow(
                rs.getObject("id", UUID.class),
                rs.getLong("org_unit_id"),
                ConferenceBody.valueOf(rs.getString("body")),
                ConferenceKind.valueOf(rs.getString("kind")),
                termId,
                congressNumber,
                num,
                rs.getString("title"),
                rs.getString("topic"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("place"),
                rs.getObject("programme_item_id", UUID.class),
                rs.getLong("version"));
    }

    private static ConferenceView.ConferenceParticipant participant(ResultSet rs, int n) throws SQLException {
        String exclusion = rs.getString("exclusion");
        String attendance = rs.getString("attendance");
        return new ConferenceView.ConferenceParticipant(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("full_name"),
                rs.getString("position_title"),
                ParticipantRole.valueOf(rs.getString("role")),
                rs.getBoolean("exempt"),
                exclusion == null ? null : BaseExclusion.valueOf(exclusion),
                attendance == null ? null : Presence.valueOf(attendance),
                rs.getObject("group_id", UUID.class),
                rs.getBoolean("group_leader"),
                rs.getLong("version"));
    }

    private static ConferenceView.ConferenceVote vote(ResultSet rs, int n) throws SQLException {
        long doc = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : doc;
        return new ConferenceView.ConferenceVote(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                VoteMethod.valueOf(rs.getString("method")),
                rs.getInt("votes_for"),
                rs.getInt("votes_against"),
                rs.getInt("abstentions"),
                rs.getInt("base"),
                rs.getBoolean("adopted"),
                documentId,
                rs.getString("document_number"),
                rs.getObject("programme_item_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }

    private static void stale(int updated) {
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }
}

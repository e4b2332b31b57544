package vn.dangvu.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MemberEvent;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RemovalGround;

/** Lifecycle events (append-only) and the member row's projection of them, written with the row's version check. */
@Component
class MemberEventStore {

    /** A current event is one that no later row supersedes. */
    static final String CURRENT = "NOT EXISTS (SELECT 1 FROM member_event s WHERE s.supersedes_id = e.id)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MemberEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().findAndAddModules().build();
    }

    /** The member's lifecycle state and row version, without a lock (for reading). */
    Optional<Versioned> peek(UUID memberId) {
        return jdbc.sql("SELECT * FROM member WHERE id = :id")
                .param("id", memberId)
                .query((rs, n) -> new Versioned(state(rs), rs.getLong("version")))
                .optional();
    }

    /** The member's lifecycle state and row version, read for update. */
    Optional<Versioned> load(UUID memberId) {
        return jdbc.sql("SELECT * FROM member WHERE id = :id FOR UPDATE")
                .param("id", memberId)
                .query((rs, n) -> new Versioned(state(rs), rs.getLong("version")))
                .optional();
    }

    record Versioned(LifecycleState state, long version) {}

    /** Writes the projection with {@code version = expected + 1}; another write since makes this one stale. */
    void save(UUID memberId, LifecycleState s, long expectedVersion, Instant now) {
        int rows = jdbc.sql("""
                        UPDATE member SET status = :status, org_unit_id = :org, course_certificate_on = :course,
                               sympathiser_on = :symp, proposed_on = :proposed, admitted_on = :admitted,
                               admission_decision_number = :admNumber, admission_decision_body = :admBody,
                               first_admitted_on = :firstAdmitted, ceremony_date = :ceremony, ceremony_place = :cerPlace,
                               official_on = :official, official_place = :offPlace,
                               transit_to_org_unit_id = :transitTo, transit_destination = :transitDest,
                               transit_since = :transitSince, transit_return_status = :transitReturn,
                               temporary_org_unit_id = :tempOrg, temporary_destination = :tempDest,
                               temporary_until = :tempUntil, abroad_destination = :abroadDest, abroad_until = :abroadUntil,
                               exempted_since = :exempted, suspended_since = :suspended, ended_on = :ended,
                               ended_ground = :endedGround, readmitted_on = :readmitted,
                               version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :expected""")
                .param("status", s.status().name())
                .param("org", s.orgUnitId())
                .param("course", s.courseCertificateOn())
                .param("symp", s.sympathiserOn())
                .param("proposed", s.proposedOn())
                .param("admitted", s.admittedOn())
                .param("admNumber", s.admissionDecisionNumber())
                .param("admBody", s.admissionDecisionBody())
                .param("firstAdmitted", s.firstAdmittedOn())
                .param("ceremony", s.ceremonyDate())
                .param("cerPlace", s.ceremonyPlace())
                .param("official", s.officialOn())
                .param("offPlace", s.officialPlace())
                .param("transitTo", s.transitToOrgUnitId())
                .param("transitDest", s.transitDestination())
                .param("transitSince", s.transitSince())
                .param(
                        "transitReturn",
                        s.transitReturnStatus() == null
                                ? null
                                : s.transitReturnStatus().name())
                .param("tempOrg", s.temporaryOrgUnitId())
                .param("tempDest", s.temporaryDestination())
                .param("tempUntil", s.temporaryUntil())
                .param("abroadDest", s.abroadDestination())
                .param("abroadUntil", s.abroadUntil())
                .param("exempted", s.exemptedSince())
                .param("suspended", s.suspendedSince())
                .param("ended", s.endedOn())
                .param("endedGround", s.endedGround())
                .param("readmitted", s.readmittedOn())
                .param("now", Timestamp.from(now))
                .param("id", memberId)
                .param("expected", expectedVersion)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("member " + memberId + " is not at version " + expectedVersion);
        }
    }

    /** Appends an event row; returns its id. */
    long append(
            UUID memberId,
            RecordLifecycleEvent step,
            LifecycleState before,
            LifecycleState after,
            LocalDate effective,
            boolean late,
            @Nullable Long supersedes,
            Instant now,
            String by,
            @Nullable LifecycleState snapshot) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, decision_number, decision_date,
                               decision_body, org_unit_id, status_before, status_after, target_org_unit_id, destination,
                               place, until_date, ground, late, late_reason, note, details, state_before, supersedes_id,
                               recorded_at, recorded_by)
                        VALUES (:member, :kind, :effective, :decNumber, :decDate, :decBody, :org, :before, :after,
                               :target, :destination, :place, :until, :ground, :late, :lateReason, :note, :details,
                               :stateBefore, :supersedes, :now, :by)""")
                .param("member", memberId)
                .param("kind", step.kind().name())
                .param("effective", effective)
                .param("decNumber", blank(step.decisionNumber()))
                .param("decDate", step.decisionDate())
                .param("decBody", blank(step.decisionBody()))
                .param("org", after.orgUnitId())
                .param("before", before.status().name())
                .param("after", after.status().name())
                .param("target", step.targetOrgUnitId())
                .param("destination", blank(step.destination()))
                .param("place", blank(step.place()))
                .param("until", step.untilDate())
                .param("ground", step.ground() == null ? null : step.ground().name())
                .param("late", late)
                .param("lateReason", blank(step.lateReason()))
                .param("note", blank(step.note()))
                .param("details", details(json, step))
                .param("stateBefore", snapshot == null ? null : json.writeValueAsString(snapshot))
                .param("supersedes", supersedes)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update(keys, "id");
        return java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    /** The step's helpers, introducers and other references as the event's {@code details} JSON. */
    static @Nullable String details(JsonMapper json, RecordLifecycleEvent step) {
        Map<String, Object> details = new HashMap<>();
        if (!step.helperMemberIds().isEmpty()) {
            details.put("helperMemberIds", step.helperMemberIds());
        }
        if (!step.introducerMemberIds().isEmpty()) {
            details.put("introducerMemberIds", step.introducerMemberIds());
        }
        if (step.youthUnionIntroduction()) {
            details.put("youthUnionIntroduction", true);
        }
        if (step.certificateNumber() != null) {
            details.put("certificateNumber", step.certificateNumber());
        }
        if (step.fullTimeStudy()) {
            details.put("fullTimeStudy", true);
        }
        if (step.exceptionReference() != null) {
            details.put("exceptionReference", step.exceptionReference());
        }
        return details.isEmpty() ? null : json.writeValueAsString(details);
    }

    private static final String EVENTS = """
            SELECT e.*, d.name AS org_name, t.name AS target_name,
                   (SELECT MIN(s.id) FROM member_event s WHERE s.supersedes_id = e.id) AS superseded_by
              FROM member_event e
              JOIN org_unit_directory d ON d.id = e.org_unit_id
              LEFT JOIN org_unit_directory t ON t.id = e.target_org_unit_id
             WHERE e.member_id = :m""";

    /** The member's events, oldest first, with what supersedes each. */
    List<MemberEvent> events(UUID memberId) {
        return jdbc.sql(EVENTS + " ORDER BY e.effective_date, e.id")
                .param("m", memberId)
                .query(MemberEventStore::event)
                .list();
    }

    /** One of the member's events, as {@link #events} gives it (the one a step has just written, for its answer). */
    Optional<MemberEvent> event(UUID memberId, long eventId) {
        return jdbc.sql(EVENTS + " AND e.id = :id")
                .param("m", memberId)
                .param("id", eventId)
                .query(MemberEventStore::event)
                .optional();
    }

    /** One current event of the member, if it exists. */
    Optional<StoredEvent> current(UUID memberId, long eventId) {
        return jdbc.sql("SELECT e.* FROM member_event e WHERE e.id = :id AND e.member_id = :m AND " + CURRENT)
                .param("id", eventId)
                .param("m", memberId)
                .query((rs, n) -> new StoredEvent(
                        rs.getLong("id"),
                        LifecycleEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective_date", LocalDate.class),
                        readState(rs.getString("state_before"))))
                .optional();
    }

    record StoredEvent(
            long id,
            LifecycleEventKind kind,
            LocalDate effectiveDate,
            @Nullable LifecycleState before) {}

    /** The latest current step (not an annulment): the only one that may be annulled or re-dated. */
    Optional<Long> latestCurrentId(UUID memberId) {
        return jdbc.sql("SELECT e.id FROM member_event e WHERE e.member_id = :m AND e.kind <> 'ANNULMENT' AND "
                        + CURRENT + " ORDER BY e.effective_date DESC, e.id DESC LIMIT 1")
                .param("m", memberId)
                .query(Long.class)
                .optional();
    }

    /** The effective date of the latest current step, which a new step may not precede. */
    Optional<LocalDate> lastEffective(UUID memberId) {
        return jdbc.sql(
                        "SELECT MAX(e.effective_date) FROM member_event e WHERE e.member_id = :m AND e.kind <> 'ANNULMENT'"
                                + " AND " + CURRENT)
                .param("m", memberId)
                .query(LocalDate.class)
                .optional();
    }

    /** The effective date of the latest current step other than {@code eventId}. */
    Optional<LocalDate> lastEffectiveBefore(UUID memberId, long eventId) {
        return jdbc.sql("SELECT MAX(e.effective_date) FROM member_event e WHERE e.member_id = :m AND e.id <> :id"
                        + " AND e.kind <> 'ANNULMENT' AND " + CURRENT)
                .param("m", memberId)
                .param("id", eventId)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * Appends a correction of an earlier step's references (decision, place, note): a copy of the row with those items
     * replaced, superseding it.
     */
    long appendReferenceCorrection(long eventId, RecordLifecycleEvent corrected, Instant now, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, decision_number, decision_date,
                               decision_body, org_unit_id, status_before, status_after, target_org_unit_id, destination,
                               place, until_date, ground, late, late_reason, note, details, state_before, supersedes_id,
                               recorded_at, recorded_by)
                        SELECT member_id, kind, effective_date, :decNumber, :decDate, :decBody, org_unit_id,
                               status_before, status_after, target_org_unit_id, destination, :place, until_date, ground,
                               late, COALESCE(:lateReason, late_reason), :note, details, state_before, id, :now, :by
                          FROM member_event WHERE id = :id""")
                .param("decNumber", blank(corrected.decisionNumber()))
                .param("decDate", corrected.decisionDate())
                .param("decBody", blank(corrected.decisionBody()))
                .param("place", blank(corrected.place()))
                .param("lateReason", blank(corrected.lateReason()))
                .param("note", blank(corrected.note()))
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", eventId)
                .update(keys, "id");
        return java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    /**
     * Carries corrected references into the member row where the corrected step set them (the admission decision, the
     * ceremony's or recognition's place), with the row's version check.
     */
    void projectReferences(
            UUID memberId,
            LifecycleEventKind kind,
            LocalDate effective,
            RecordLifecycleEvent corrected,
            long expectedVersion,
            Instant now) {
        String set = switch (kind) {
            case ADMISSION_DECIDED, READMITTED ->
                "admission_decision_number = CASE WHEN admitted_on = :eff"
                        + " THEN :decNumber ELSE admission_decision_number END, admission_decision_body = CASE WHEN"
                        + " admitted_on = :eff THEN :decBody ELSE admission_decision_body END,";
            case CEREMONY_HELD ->
                "ceremony_place = CASE WHEN ceremony_date = :eff THEN :place ELSE ceremony_place END,";
            case OFFICIAL_RECOGNISED ->
                "official_place = CASE WHEN official_on = :eff THEN :place ELSE official_place" + " END,";
            default -> "";
        };
        int rows = jdbc.sql("UPDATE member SET " + set + " version = version + 1, updated_at = :now"
                        + " WHERE id = :id AND version = :expected")
                .param("eff", effective)
                .param("decNumber", blank(corrected.decisionNumber()))
                .param("decBody", blank(corrected.decisionBody()))
                .param("place", blank(corrected.place()))
                .param("now", Timestamp.from(now))
                .param("id", memberId)
                .param("expected", expectedVersion)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("member " + memberId + " is not at version " + expectedVersion);
        }
    }

    int readmissions(UUID memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_event e WHERE e.member_id = :m AND e.kind = 'READMITTED' AND "
                        + CURRENT)
                .param("m", memberId)
                .query(Integer.class)
                .single();
    }

    /** The statuses of the given members (helpers, introducers); absent ids are missing from the map. */
    Map<UUID, MemberStatus> statuses(Collection<UUID> ids) {
        Map<UUID, MemberStatus> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, status FROM member WHERE id IN (:ids)")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    found.put(rs.getObject("id", UUID.class), MemberStatus.valueOf(rs.getString("status")));
                });
        return found;
    }

    @Nullable
    LifecycleState readState(@Nullable String text) {
        return text == null ? null : json.readValue(text, LifecycleState.class);
    }

    static LifecycleState state(ResultSet rs) throws SQLException {
        return new LifecycleState(
                MemberStatus.valueOf(rs.getString("status")),
                rs.getLong("org_unit_id"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getObject("course_certificate_on", LocalDate.class),
                rs.getObject("sympathiser_on", LocalDate.class),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getString("admission_decision_number"),
                rs.getString("admission_decision_body"),
                rs.getObject("first_admitted_on", LocalDate.class),
                rs.getObject("ceremony_date", LocalDate.class),
                rs.getString("ceremony_place"),
                rs.getObject("official_on", LocalDate.class),
                rs.getString("official_place"),
                (Long) rs.getObject("transit_to_org_unit_id", Long.class),
                rs.getString("transit_destination"),
                rs.getObject("transit_since", LocalDate.class),
                status(rs.getString("transit_return_status")),
                (Long) rs.getObject("temporary_org_unit_id", Long.class),
                rs.getString("temporary_destination"),
                rs.getObject("temporary_until", LocalDate.class),
                rs.getString("abroad_destination"),
                rs.getObject("abroad_until", LocalDate.class),
                rs.getObject("exempted_since", LocalDate.class),
                rs.getObject("suspended_since", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("ended_ground"),
                rs.getObject("readmitted_on", LocalDate.class));
    }

    private static @Nullable MemberStatus status(@Nullable String name) {
        return name == null ? null : MemberStatus.valueOf(name);
    }

    private static MemberEvent event(ResultSet rs, int n) throws SQLException {
        String ground = rs.getString("ground");
        return new MemberEvent(
                rs.getLong("id"),
                rs.getObject("member_id", UUID.class),
                LifecycleEventKind.valueOf(rs.getString("kind")),
                rs.getObject("effective_date", LocalDate.class),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_body"),
                rs.getLong("org_unit_id"),
                rs.getString("org_name"),
                status(rs.getString("status_before")),
                MemberStatus.valueOf(rs.getString("status_after")),
                (Long) rs.getObject("target_org_unit_id", Long.class),
                rs.getString("target_name"),
                rs.getString("destination"),
                rs.getString("place"),
                rs.getObject("until_date", LocalDate.class),
                ground == null ? null : RemovalGround.valueOf(ground),
                rs.getBoolean("late"),
                rs.getString("late_reason"),
                rs.getString("note"),
                (Long) rs.getObject("supersedes_id", Long.class),
                (Long) rs.getObject("superseded_by", Long.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package vn.dangvu.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.AppealOutcome;
import vn.dangvu.inspection.DecidingAuthority;
import vn.dangvu.inspection.DisciplineEffect;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.DisciplineState;
import vn.dangvu.inspection.DisciplineSubject;
import vn.dangvu.inspection.DisciplineSummary;
import vn.dangvu.inspection.LimitationException;
import vn.dangvu.inspection.ViolationCategory;
import vn.dangvu.inspection.ViolationEntry;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** The {@code inspection_discipline*} and {@code inspection_appeal} rows; writes check the decision's version. */
@Component
class DisciplineStore {

    record Row(
            UUID id,
            long commissionUnitId,
            @Nullable UUID caseId,
            DisciplineSubject subject,
            long subjectUnitId,
            @Nullable UUID subjectMemberId,
            String subjectName,
            DisciplineForm originalForm,
            DisciplineForm form,
            DecidingAuthority authority,
            String decidingBody,
            String decisionNumber,
            LocalDate decidedOn,
            LocalDate receivedOn,
            String reason,
            DisciplineState state,
            @Nullable Long memberEventId,
            @Nullable UUID disqualificationId,
            List<DisciplineEffect> effects,
            long version) {}

    record Appeal(
            UUID id,
            String appellant,
            LocalDate filedOn,
            String grounds,
            String appealBody,
            LocalDate dueOn,
            @Nullable AppealOutcome outcome,
            @Nullable LocalDate decidedOn,
            @Nullable DisciplineForm changedForm,
            @Nullable String note) {}

    private final JdbcClient jdbc;

    DisciplineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, List<ViolationEntry> violations, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO inspection_discipline (id, commission_unit_id, case_id, subject_kind, subject_unit_id,
                               subject_member_id, subject_name, form, original_form, authority, deciding_body,
                               decision_number, decided_on, received_on, reason, state, version, created_at, created_by,
                               updated_at)
                        VALUES (:id, :commission, :case, :subject, :unit, :member, :name, :form, :form, :authority, :body,
                               :number, :decided, :received, :reason, :state, 0, :now, :by, :now)""")
                .param("id", row.id())
                .param("commission", row.commissionUnitId())
                .param("case", row.caseId())
                .param("subject", row.subject().name())
                .param("unit", row.subjectUnitId())
                .param("member", row.subjectMemberId())
                .param("name", row.subjectName())
                .param("form", row.form().name())
                .param("authority", row.authority().name())
                .param("body", row.decidingBody())
                .param("number", row.decisionNumber())
                .param("decided", row.decidedOn())
                .param("received", row.receivedOn())
                .param("reason", row.reason())
                .param("state", row.state().name())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
        for (int i = 0; i < violations.size(); i++) {
            ViolationEntry v = violations.get(i);
            jdbc.sql("""
                            INSERT INTO inspection_discipline_violation (discipline_id, position, violated_on, category,
                                   exception_kind)
                            VALUES (:id, :position, :on, :category, :exception)""")
                    .param("id", row.id())
                    .param("position", i)
                    .param("on", v.violatedOn())
                    .param(
                            "category",
                            java.util.Objects.requireNonNull(v.category()).name())
                    .param(
                            "exception",
                            v.exception() == null ? null : v.exception().name())
                    .update();
        }
    }

    Optional<Row> find(UUID id, SqlFragment access) {
        return jdbc.sql("SELECT * FROM inspection_discipline d WHERE d.id = :id AND " + access.sql())
                .params(access.params())
                .param("id", id)
                .query(DisciplineStore::row)
                .optional();
    }

    List<ViolationEntry> violations(UUID id) {
        return jdbc.sql("SELECT * FROM inspection_discipline_violation WHERE discipline_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new ViolationEntry(
                        rs.getObject("violated_on", LocalDate.class),
                        ViolationCategory.valueOf(rs.getString("category")),
                        rs.getString("exception_kind") == null
                                ? null
                                : LimitationException.valueOf(rs.getString("exception_kind"))))
                .list();
    }

    List<Appeal> appeals(UUID id) {
        return jdbc.sql("SELECT * FROM inspection_appeal WHERE discipline_id = :id ORDER BY filed_on, created_at, id")
                .param("id", id)
                .query((rs, n) -> new Appeal(
                        rs.getObject("id", UUID.class),
                        rs.getString("appellant"),
                        rs.getObject("filed_on", LocalDate.class),
                        rs.getString("grounds"),
                        rs.getString("appeal_body"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("outcome") == null ? null : AppealOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("changed_form") == null
                                ? null
                                : DisciplineForm.valueOf(rs.getString("changed_form")),
                        rs.getString("outcome_note")))
                .list();
    }

    /** Writes the form, state and effects when the version still matches; otherwise 409. */
    void update(
            UUID id,
            long version,
            DisciplineForm form,
            DisciplineState state,
            @Nullable Long memberEventId,
            @Nullable UUID disqualificationId,
            List<DisciplineEffect> effects,
            Instant now) {
        int updated = jdbc.sql("""
                        UPDATE inspection_discipline SET form = :form, state = :state, member_event_id = :event,
                               disqualification_id = :disq, effects = :effects, version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :version""")
                .param("id", id)
                .param("version", version)
                .param("form", form.name())
                .param("state", state.name())
                .param("event", memberEventId)
                .param("disq", disqualificationId)
                .param(
                        "effects",
                        String.join(",", effects.stream().map(Enum::name).toList()))
                .param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("discipline " + id + " is not at version " + version);
        }
    }

    void insertAppeal(UUID disciplineId, Appeal appeal, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO inspection_appeal (id, discipline_id, appellant, filed_on, grounds, appeal_body, due_on,
                               version, created_at, created_by)
                        VALUES (:id, :discipline, :appellant, :filed, :grounds, :body, :due, 0, :now, :by)""")
                .param("id", appeal.id())
                .param("discipline", disciplineId)
                .param("appellant", appeal.appellant())
                .param("filed", appeal.filedOn())
                .param("grounds", appeal.grounds())
                .param("body", appeal.appealBody())
                .param("due", appeal.dueOn())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    void decideAppeal(
            UUID appealId,
            AppealOutcome outcome,
            LocalDate decidedOn,
            @Nullable DisciplineForm changedForm,
            String note) {
        jdbc.sql("""
                        UPDATE inspection_appeal SET outcome = :outcome, decided_on = :on, changed_form = :form,
                               outcome_note = :note, version = version + 1
                         WHERE id = :id AND outcome IS NULL""")
                .param("id", appealId)
                .param("outcome", outcome.name())
                .param("on", decidedOn)
                .param("form", changedForm == null ? null : changedForm.name())
                .param("note", note)
                .update();
    }

    PageResult<DisciplineSummary> list(SqlFragment access, @Nullable UUID caseId, Paging paging) {
        Map<String, Object> params = new HashMap<>(access.params());
        String condition = access.sql();
        if (caseId != null) {
            condition += " AND d.case_id = :caseId";
            params.put("caseId", caseId);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM inspection_discipline d WHERE " + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<DisciplineSummary> rows = jdbc.sql("SELECT d.*, (SELECT COUNT(*) FROM inspection_appeal a"
                        + " WHERE a.discipline_id = d.id AND a.outcome IS NULL) AS pending"
                        + " FROM inspection_discipline d WHERE " + condition
                        + " ORDER BY d.decided_on DESC, d.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query((rs, n) -> new DisciplineSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        DisciplineSubject.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_name"),
                        DisciplineForm.valueOf(rs.getString("form")),
                        rs.getString("decision_number"),
                        rs.getObject("decided_on", LocalDate.class),
                        DisciplineState.valueOf(rs.getString("state")),
                        rs.getLong("pending") > 0))
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String effects = rs.getString("effects");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getLong("commission_unit_id"),
                rs.getObject("case_id", UUID.class),
                DisciplineSubject.valueOf(rs.getString("subject_kind")),
                rs.getLong("subject_unit_id"),
                rs.getObject("subject_member_id", UUID.class),
                rs.getString("subject_name"),
                DisciplineForm.valueOf(rs.getString("original_form")),
                DisciplineForm.valueOf(rs.getString("form")),
                DecidingAuthority.valueOf(rs.getString("authority")),
                rs.getString("deciding_body"),
                rs.getString("decision_number"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("reason"),
                DisciplineState.valueOf(rs.getString("state")),
                (Long) rs.getObject("member_event_id", Long.class),
                rs.getObject("disqualification_id", UUID.class),
                effects == null || effects.isBlank()
                        ? List.of()
                        : Arrays.stream(effects.split(","))
                                .map(DisciplineEffect::valueOf)
                                .toList(),
                rs.getLong("version"));
    }
}

package vn.dangvu.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.CaseStep;
import vn.dangvu.inspection.CaseStepView;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.CaseSummary;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.ViolationCategory;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** The {@code inspection_case*} rows. Reads take the access condition of {@link CaseAccess}; writes check the version. */
@Component
class CaseStore {

    record Row(
            UUID id,
            long commissionUnitId,
            CaseType type,
            CaseSubjectKind subjectKind,
            long subjectUnitId,
            @Nullable UUID subjectMemberId,
            String subjectName,
            String title,
            @Nullable String content,
            @Nullable Boolean violationFound,
            @Nullable String conclusion,
            @Nullable LocalDate concludedOn,
            @Nullable UUID planItemId,
            long version) {}

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, List<UUID> named, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO inspection_case (id, commission_unit_id, case_type, subject_kind, subject_unit_id,
                               subject_member_id, subject_name, title, content, plan_item_id, version, created_at, created_by,
                               updated_at)
                        VALUES (:id, :commission, :type, :kind, :unit, :member, :name, :title, :content, :item, 0, :now,
                               :by, :now)""")
                .param("item", row.planItemId())
                .param("id", row.id())
                .param("commission", row.commissionUnitId())
                .param("type", row.type().name())
                .param("kind", row.subjectKind().name())
                .param("unit", row.subjectUnitId())
                .param("member", row.subjectMemberId())
                .param("name", row.subjectName())
                .param("title", row.title())
                .param("content", row.content())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
        for (UUID member : named) {
            jdbc.sql("INSERT INTO inspection_case_named (case_id, member_id) VALUES (:id, :member)")
                    .param("id", row.id())
                    .param("member", member)
                    .update();
        }
    }

    Optional<Row> find(UUID id, SqlFragment access) {
        return jdbc.sql("SELECT * FROM inspection_case c WHERE c.id = :id AND " + access.sql())
                .params(access.params())
                .param("id", id)
                .query(CaseStore::row)
                .optional();
    }

    List<CaseStepView> steps(UUID id) {
        return jdbc.sql("SELECT * FROM inspection_case_step WHERE case_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new CaseStepView(
                        CaseStep.valueOf(rs.getString("step")),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getString("note"),
                        (Long) rs.getObject("document_id", Long.class),
                        rs.getString("document_label"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    List<ViolationCategory> categories(UUID id) {
        return jdbc.sql("SELECT category FROM inspection_case_violation WHERE case_id = :id ORDER BY category")
                .param("id", id)
                .query((rs, n) -> ViolationCategory.valueOf(rs.getString(1)))
                .list();
    }

    List<UUID> named(UUID id) {
        return jdbc.sql("SELECT member_id FROM inspection_case_named WHERE case_id = :id ORDER BY member_id")
                .param("id", id)
                .query(UUID.class)
                .list();
    }

    /** Moves the case to the next version; a stale version is a 409. */
    void bump(UUID id, long version, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE inspection_case SET version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :version""")
                .param("id", id)
                .param("version", version)
                .param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("inspection case " + id + " is not at version " + version);
        }
    }

    void appendStep(
            UUID id,
            CaseStep step,
            LocalDate doneOn,
            @Nullable String note,
            @Nullable Long documentId,
            @Nullable String documentLabel,
            String by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO inspection_case_step (case_id, step, position, done_on, note, document_id,
                               document_label, recorded_at, recorded_by)
                        VALUES (:id, :step, :position, :done, :note, :doc, :label, :now, :by)""")
                .param("id", id)
                .param("step", step.name())
                .param("position", step.ordinal())
                .param("done", doneOn)
                .param("note", note)
                .param("doc", documentId)
                .param("label", documentLabel)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    void conclude(UUID id, boolean found, String text, LocalDate on, List<ViolationCategory> categories) {
        jdbc.sql("""
                        UPDATE inspection_case SET violation_found = :found, conclusion_text = :text, concluded_on = :on
                         WHERE id = :id""")
                .param("id", id)
                .param("found", found)
                .param("text", text)
                .param("on", on)
                .update();
        for (ViolationCategory category : categories.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO inspection_case_violation (case_id, category) VALUES (:id, :category)")
                    .param("id", id)
                    .param("category", category.name())
                    .update();
        }
    }

    PageResult<CaseSummary> list(SqlFragment access, @Nullable CaseType type, @Nullable String query, Paging paging) {
        Map<String, Object> params = new HashMap<>(access.params());
        List<String> where = new ArrayList<>();
        where.add(access.sql());
        if (type != null) {
            where.add("c.case_type = :type");
            params.put("type", type.name());
        }
        if (query != null && !query.isBlank()) {
            where.add("(LOWER(c.title) LIKE :q OR LOWER(c.subject_name) LIKE :q)");
            params.put("q", "%" + query.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        String condition = String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM inspection_case c WHERE " + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<CaseSummary> rows = jdbc.sql("""
                        SELECT c.*,
                               (SELECT s.step FROM inspection_case_step s WHERE s.case_id = c.id
                                 ORDER BY s.position DESC LIMIT 1) AS last_step,
                               (SELECT MAX(s.done_on) FROM inspection_case_step s WHERE s.case_id = c.id) AS last_on,
                               (SELECT COUNT(*) FROM inspection_discipline d WHERE d.case_id = c.id) AS decisions
                          FROM inspection_case c
                         WHERE """ + " " + condition + " " + """
                         ORDER BY c.created_at DESC, c.id
                         LIMIT :limit OFFSET :offset""")
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query((rs, n) -> new CaseSummary(
                        rs.getObject("id", UUID.class),
                        rs.getLong("commission_unit_id"),
                        CaseType.valueOf(rs.getString("case_type")),
                        CaseSubjectKind.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_name"),
                        rs.getString("title"),
                        rs.getString("last_step") == null ? null : CaseStep.valueOf(rs.getString("last_step")),
                        rs.getObject("last_on", LocalDate.class),
                        (Boolean) rs.getObject("violation_found", Boolean.class),
                        rs.getLong("decisions")))
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getLong("commission_unit_id"),
                CaseType.valueOf(rs.getString("case_type")),
                CaseSubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getLong("subject_unit_id"),
                rs.getObject("subject_member_id", UUID.class),
                rs.getString("subject_name"),
                rs.getString("title"),
                rs.getString("content"),
                (Boolean) rs.getObject("violation_found", Boolean.class),
                rs.getString("conclusion_text"),
                rs.getObject("concluded_on", LocalDate.class),
                rs.getObject("plan_item_id", UUID.class),
                rs.getLong("version"));
    }
}

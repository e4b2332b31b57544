package vn.dangvu.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.DenunciationChannel;
import vn.dangvu.inspection.DenunciationFinding;
import vn.dangvu.inspection.DenunciationState;
import vn.dangvu.inspection.NotHandledReason;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** The {@code inspection_denunciation} rows. Reads take the access condition; every change checks the version. */
@Component
class DenunciationStore {

    record Row(
            UUID id,
            long commissionUnitId,
            LocalDate receivedOn,
            DenunciationChannel channel,
            @Nullable String denouncerName,
            @Nullable String denouncerAddress,
            @Nullable String denouncerContact,
            int signerCount,
            boolean falseName,
            boolean repeated,
            CaseSubjectKind accusedKind,
            long accusedUnitId,
            @Nullable UUID accusedMemberId,
            String accusedName,
            String content,
            DenunciationState state,
            @Nullable NotHandledReason notHandledReason,
            @Nullable LocalDate notHandledOn,
            @Nullable LocalDate acceptedOn,
            @Nullable UUID handlerMemberId,
            @Nullable String handlerName,
            @Nullable LocalDate dueOn,
            @Nullable Integer extensionDays,
            @Nullable String extensionReason,
            @Nullable LocalDate extensionNoticeOn,
            @Nullable LocalDate concludedOn,
            @Nullable DenunciationFinding finding,
            @Nullable String conclusion,
            @Nullable UUID caseId,
            long version) {}

    private final JdbcClient jdbc;

    DenunciationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO inspection_denunciation (id, commission_unit_id, received_on, channel,
                               denouncer_name, denouncer_address, denouncer_contact, signer_count, false_name, repeated,
                               accused_kind, accused_unit_id, accused_member_id, accused_name, content, state,
                               not_handled_reason, not_handled_on, version, created_at, created_by, updated_at)
                        VALUES (:id, :commission, :received, :channel, :name, :address, :contact, :signers, :falseName,
                                :repeated, :kind, :unit, :member, :accused, :content, :state, :reason, :reasonOn, 0,
                                :now, :by, :now)""")
                .param("id", row.id())
                .param("commission", row.commissionUnitId())
                .param("received", row.receivedOn())
                .param("channel", row.channel().name())
                .param("name", row.denouncerName())
                .param("address", row.denouncerAddress())
                .param("contact", row.denouncerContact())
                .param("signers", row.signerCount())
                .param("falseName", row.falseName())
                .param("repeated", row.repeated())
                .param("kind", row.accusedKind().name())
                .param("unit", row.accusedUnitId())
                .param("member", row.accusedMemberId())
                .param("accused", row.accusedName())
                .param("content", row.content())
                .param("state", row.state().name())
                .param(
                        "reason",
                        row.notHandledReason() == null
                                ? null
                                : row.notHandledReason().name())
                .param("reasonOn", row.notHandledOn())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    Optional<Row> find(UUID id, SqlFragment access) {
        return jdbc.sql("SELECT * FROM inspection_denunciation d WHERE d.id = :id AND " + access.sql())
                .params(access.params())
                .param("id", id)
                .query(DenunciationStore::row)
                .optional();
    }

    void accept(
            UUID id,
            long version,
            LocalDate on,
            @Nullable UUID handler,
            @Nullable String handlerName,
            LocalDate due,
            Instant now) {
        change(
                id,
                version,
                now,
                "state = 'HANDLING', accepted_on = :on, handler_member_id = :handler, handler_name = :handlerName,"
                        + " due_on = :due",
                Map.of("on", on, "due", due),
                nullable("handler", handler, "handlerName", handlerName));
    }

    void extend(UUID id, long version, int days, String reason, LocalDate noticeOn, LocalDate due, Instant now) {
        change(
                id,
                version,
                now,
                "extension_days = :days, extension_reason = :reason, extension_notice_on = :notice, due_on = :due",
                Map.of("days", days, "reason", reason, "notice", noticeOn, "due", due),
                Map.of());
    }

    void dismiss(UUID id, long version, NotHandledReason reason, LocalDate on, Instant now) {
        change(
                id,
                version,
                now,
                "state = 'NOT_HANDLED', not_handled_reason = :reason, not_handled_on = :on",
                Map.of("reason", reason.name(), "on", on),
                Map.of());
    }

    void conclude(UUID id, long version, LocalDate on, DenunciationFinding finding, String text, Instant now) {
        change(
                id,
                version,
                now,
                "state = 'CONCLUDED', concluded_on = :on, finding = :finding, conclusion_text = :text",
                Map.of("on", on, "finding", finding.name(), "text", text),
                Map.of());
    }

    void linkCase(UUID id, long version, UUID caseId, Instant now) {
        change(id, version, now, "case_id = :case", Map.of("case", caseId), Map.of());
    }

    PageResult<Row> list(SqlFragment access, @Nullable DenunciationState state, @Nullable String query, Paging paging) {
        Map<String, Object> params = new HashMap<>(access.params());
        List<String> where = new ArrayList<>();
        where.add(access.sql());
        if (state != null) {
            where.add("d.state = :state");
            params.put("state", state.name());
        }
        if (query != null && !query.isBlank()) {
            where.add("LOWER(d.accused_name) LIKE :q");
            params.put("q", "%" + query.strip().toLowerCase(Locale.ROOT) + "%");
        }
        String condition = String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM inspection_denunciation d WHERE " + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("SELECT d.* FROM inspection_denunciation d WHERE " + condition
                        + " ORDER BY d.received_on DESC, d.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(DenunciationStore::row)
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    private void change(
            UUID id,
            long version,
            Instant now,
            String assignments,
            Map<String, Object> values,
            Map<String, Object> more) {
        int updated = jdbc.sql("UPDATE inspection_denunciation SET " + assignments
                        + ", version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
                .params(values)
                .params(more)
                .param("id", id)
                .param("version", version)
                .param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("denunciation " + id + " is not at version " + version);
        }
    }

    /** Named parameters that may be null ({@link Map#of} refuses nulls). */
    private static Map<String, Object> nullable(String k1, @Nullable Object v1, String k2, @Nullable Object v2) {
        Map<String, Object> params = new HashMap<>();
        params.put(k1, v1);
        params.put(k2, v2);
        return params;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("not_handled_reason");
        String finding = rs.getString("finding");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getLong("commission_unit_id"),
                rs.getObject("received_on", LocalDate.class),
                DenunciationChannel.valueOf(rs.getString("channel")),
                rs.getString("denouncer_name"),
                rs.getString("denouncer_address"),
                rs.getString("denouncer_contact"),
                rs.getInt("signer_count"),
                rs.getBoolean("false_name"),
                rs.getBoolean("repeated"),
                CaseSubjectKind.valueOf(rs.getString("accused_kind")),
                rs.getLong("accused_unit_id"),
                rs.getObject("accused_member_id", UUID.class),
                rs.getString("accused_name"),
                rs.getString("content"),
                DenunciationState.valueOf(rs.getString("state")),
                reason == null ? null : NotHandledReason.valueOf(reason),
                rs.getObject("not_handled_on", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class),
                rs.getObject("handler_member_id", UUID.class),
                rs.getString("handler_name"),
                rs.getObject("due_on", LocalDate.class),
                (Integer) rs.getObject("extension_days", Integer.class),
                rs.getString("extension_reason"),
                rs.getObject("extension_notice_on", LocalDate.class),
                rs.getObject("concluded_on", LocalDate.class),
                finding == null ? null : DenunciationFinding.valueOf(finding),
                rs.getString("conclusion_text"),
                rs.getObject("case_id", UUID.class),
                rs.getLong("version"));
    }
}

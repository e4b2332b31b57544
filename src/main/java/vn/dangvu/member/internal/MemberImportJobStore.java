package vn.dangvu.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** The import jobs and their errors: created, advanced and finished by the runner, read within scope. */
@Component
class MemberImportJobStore {

    /** Errors kept per import for the report; the count covers all of them. */
    static final int STORED_ERRORS = 100_000;

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    MemberImportJobStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** A stored error with its message code and argument. */
    record StoredError(
            int row,
            @Nullable String column,
            @Nullable String value,
            String code,
            @Nullable String arg) {}

    void create(
            UUID id,
            long unitId,
            UUID accountId,
            String by,
            Instant at,
            String fileName,
            MemberImportFile.Format format,
            MemberImportMode mode) {
        jdbc.sql("""
                        INSERT INTO member_import (id, org_unit_id, account_id, created_by, created_at, file_name,
                                                   file_format, mode, state)
                        VALUES (:id, :unit, :account, :by, :at, :file, :format, :mode, 'QUEUED')""")
                .param("id", id)
                .param("unit", unitId)
                .param("account", accountId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("file", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .param("format", format.name())
                .param("mode", mode.name())
                .update();
    }

    void progress(UUID id, MemberImportState state, long total, long read, long valid, int percent) {
        jdbc.sql("""
                        UPDATE member_import SET state = :state, rows_total = :total, rows_read = :read,
                               rows_valid = :valid, percent = :percent WHERE id = :id""")
                .param("state", state.name())
                .param("total", total)
                .param("read", read)
                .param("valid", valid)
                .param("percent", percent)
                .param("id", id)
                .update();
    }

    void finish(
            UUID id,
            MemberImportState state,
            long read,
            long valid,
            MemberImportStore.@Nullable Outcome outcome,
            long errorCount,
            @Nullable String failureCode,
            Instant at) {
        jdbc.sql("""
                        UPDATE member_import SET state = :state, rows_read = :read, rows_valid = :valid,
                               rows_written = :written, inserted_count = :inserted, updated_count = :updated,
                               unchanged_count = :unchanged, error_count = :errors, failure_code = :failure,
                               percent = 100, finished_at = :at WHERE id = :id""")
                .param("state", state.name())
                .param("read", read)
                .param("valid", valid)
                .param("written", outcome == null ? 0 : outcome.inserted() + outcome.updated())
                .param("inserted", outcome == null ? 0 : outcome.inserted())
                .param("updated", outcome == null ? 0 : outcome.updated())
                .param("unchanged", outcome == null ? 0 : outcome.unchanged())
                .param("errors", errorCount)
                .param("failure", failureCode)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Stores the errors (at most {@link #STORED_ERRORS}), in row order. */
    void saveErrors(UUID id, List<MemberImportValidator.RowError> errors) {
        List<MemberImportValidator.RowError> kept = errors.stream()
                .sorted(java.util.Comparator.comparingInt(MemberImportValidator.RowError::row))
                .limit(STORED_ERRORS)
                .toList();
        List<Object[]> rows = new java.util.ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            MemberImportValidator.RowError e = kept.get(i);
            rows.add(new Object[] {
                id,
                i + 1,
                e.row(),
                e.column() == null ? null : e.column().header(),
                truncate(e.value(), 300),
                e.code(),
                e.args().isEmpty() ? null : truncate(String.valueOf(e.args().get(0)), 300)
            });
        }
        for (int from = 0; from < rows.size(); from += 1_000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1_000));
            StringBuilder values = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                values.append(i == 0 ? "" : ", ")
                        .append("(:i, :s")
                        .append(i)
                        .append(", :r")
                        .append(i)
                        .append(", :c")
                        .append(i)
                        .append(", :v")
                        .append(i)
                        .append(", :k")
                        .append(i)
                        .append(", :a")
                        .append(i)
                        .append(')');
                Object[] row = chunk.get(i);
                params.put("s" + i, row[1]);
                params.put("r" + i, row[2]);
                params.put("c" + i, row[3]);
                params.put("v" + i, row[4]);
                params.put("k" + i, row[5]);
                params.put("a" + i, row[6]);
            }
            params.put("i", id);
            jdbc.sql("INSERT INTO member_import_error (import_id, seq, row_no, column_name, cell_value, code, arg)"
                            + " VALUES " + values)
                    .params(params)
                    .update();
        }
    }

    Optional<MemberImportView> find(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("i.org_unit_id", scope, "scope");
        return jdbc.sql(SELECT + " WHERE i.id = :id AND " + within.sql())
                .params(within.params())
                .param("id", id)
                .query(MemberImportJobStore::view)
                .optional();
    }

    PageResult<MemberImportView> list(OrgScope scope, Paging paging) {
        SqlFragment within = orgUnits.unitWithin("i.org_unit_id", scope, "scope");
        long total = jdbc.sql("SELECT COUNT(*) FROM member_import i WHERE " + within.sql())
                .params(within.params())
                .query(Long.class)
                .single();
        List<MemberImportView> rows = jdbc.sql(SELECT + " WHERE " + within.sql()
                        + " ORDER BY i.created_at DESC, i.id LIMIT :limit OFFSET :offset")
                .params(within.params())
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query(MemberImportJobStore::view)
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    /** The first errors of an import, in row order, for the job view. */
    List<StoredError> errors(UUID id, int limit) {
        return jdbc.sql("""
                        SELECT row_no, column_name, cell_value, code, arg FROM member_import_error
                         WHERE import_id = :id ORDER BY seq LIMIT :limit""")
                .param("id", id)
                .param("limit", limit)
                .query(MemberImportJobStore::error)
                .list();
    }

    /** Every stored error of an import, in row order, streamed to {@code sink}. */
    void eachError(UUID id, Consumer<StoredError> sink) {
        jdbc.sql("""
                        SELECT row_no, column_name, cell_value, code, arg FROM member_import_error
                         WHERE import_id = :id ORDER BY seq""").param("id", id).query(rs -> {
            sink.accept(error(rs, 0));
        });
    }

    private static final String SELECT = """
            SELECT i.*, d.name AS unit_name FROM member_import i JOIN org_unit_directory d ON d.id = i.org_unit_id""";

    private static StoredError error(ResultSet rs, int n) throws SQLException {
        return new StoredError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static MemberImportView view(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new MemberImportView(
                rs.getObject("id", UUID.class),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("file_name"),
                MemberImportMode.valueOf(rs.getString("mode")),
                MemberImportState.valueOf(rs.getString("state")),
                rs.getLong("rows_total"),
                rs.getLong("rows_read"),
                rs.getLong("rows_valid"),
                rs.getLong("rows_written"),
                rs.getLong("inserted_count"),
                rs.getLong("updated_count"),
                rs.getLong("unchanged_count"),
                rs.getLong("error_count"),
                rs.getInt("percent"),
                rs.getString("failure_code"),
                null,
                List.of());
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

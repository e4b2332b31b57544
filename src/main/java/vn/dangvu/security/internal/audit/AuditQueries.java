package vn.dangvu.security.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/** Search and sequential reading of the audit log. */
@Component
class AuditQueries {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Search filters; all optional. Dates are Vietnam calendar days, inclusive. */
    record Filter(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String username,
            @Nullable String action,
            @Nullable String entityType,
            @Nullable String entityId) {}

    PageResult<AuditEntryView> search(Filter filter, Paging paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("1 = 1");
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put(
                    "from", Timestamp.from(filter.from().atStartOfDay(VIETNAM).toInstant()));
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(filter.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.add("username = :username");
            params.put("username", filter.username().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add("action LIKE :action");
            params.put("action", filter.action().strip().replace("%", "") + "%");
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add("entity_type = :entityType");
            params.put("entityType", filter.entityType().strip());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.add("entity_id = :entityId");
            params.put("entityId", filter.entityId().strip());
        }
        String condition = String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE " + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntryView> rows = jdbc.sql("SELECT * FROM audit_entry WHERE " + condition
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query((rs, n) -> AuditEntryView.of(entry(rs, n)))
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    /** Feeds every entry in order to {@code consumer}, a batch at a time (bounded memory at any size). */
    void forEachInOrder(Consumer<AuditEntry> consumer) {
        long after = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("SELECT * FROM audit_entry WHERE seq > :after ORDER BY seq LIMIT :limit")
                    .param("after", after)
                    .param("limit", BATCH)
                    .query(AuditQueries::entry)
                    .list();
            batch.forEach(consumer);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).seq();
        }
    }

    Object[] head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
    }

    static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant().toEpochMilli(),
                rs.getObject("account_id", UUID.class),
                rs.getString("username"),
                rs.getString("address"),
                rs.getString("request_id"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("digest"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}

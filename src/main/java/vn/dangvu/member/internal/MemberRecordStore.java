package vn.dangvu.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberChange;
import vn.dangvu.member.UpdateMember;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.text.VietnameseText;

/** Writes a record with its version check and field history, and reads the history back. */
@Component
public class MemberRecordStore {

    /** A changed field, old and new in text form (citizen IDs masked). */
    public record Diff(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {}

    private final JdbcClient jdbc;

    MemberRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether another member already holds this citizen ID. */
    public boolean citizenIdTaken(String citizenId, UUID self) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE citizen_id = :c AND id <> :id")
                        .param("c", citizenId)
                        .param("id", self)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Saves every field with {@code version = expected + 1}; no row at the expected version means someone saved in
     * between, which is a stale write.
     *
     * @return the fields that changed
     */
    public List<Diff> update(UUID id, UpdateMember command, long expectedVersion, Instant now) {
        Map<String, @Nullable String> before = current(id);
        List<String> sets = new ArrayList<>();
        Map<String, @Nullable Object> params = new LinkedHashMap<>();
        for (MemberFields.Field field : MemberFields.ALL) {
            Object value = field.value().apply(command);
            if (field.name().equals("citizenId") && value == null) {
                continue;
            }
            sets.add(field.column() + " = :" + field.column());
            params.put(field.column(), value instanceof Enum<?> e ? e.name() : blankToNull(value));
        }
        String name = VietnameseText.clean(command.fullName());
        params.put("full_name", name);
        params.put("search_name", VietnameseText.searchKey(name));
        params.put("sort_key", VietnameseText.nameSortKey(name));
        int rows = jdbc.sql("UPDATE member SET " + String.join(", ", sets)
                        + ", search_name = :search_name, sort_key = :sort_key, version = version + 1,"
                        + " updated_at = :now WHERE id = :id AND version = :expected")
                .params(params)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("expected", expectedVersion)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("member " + id + " is not at version " + expectedVersion);
        }
        return diff(before, current(id));
    }

    public void recordChanges(UUID id, long version, Instant at, String by, List<Diff> diffs) {
        for (Diff d : diffs) {
            jdbc.sql("""
                            INSERT INTO member_change (id, member_id, version, changed_at, changed_by, field, old_value,
                                                       new_value)
                            VALUES (:cid, :id, :version, :at, :by, :field, :old, :new)""")
                    .param("cid", UUID.randomUUID())
                    .param("id", id)
                    .param("version", version)
                    .param("at", Timestamp.from(at))
                    .param("by", by)
                    .param("field", d.field())
                    .param("old", d.oldValue())
                    .param("new", d.newValue())
                    .update();
        }
    }

    /** The field history of a record, newest first. */
    public PageResult<MemberChange> changes(UUID id, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM member_change WHERE member_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        List<MemberChange> rows = jdbc.sql("""
                        SELECT version, changed_at, changed_by, field, old_value, new_value FROM member_change
                         WHERE member_id = :id ORDER BY changed_at DESC, version DESC, field
                         LIMIT :limit OFFSET :offset""")
                .param("id", id)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query((rs, n) -> new MemberChange(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    private Map<String, @Nullable String> current(UUID id) {
        StringBuilder columns = new StringBuilder();
        for (MemberFields.Field field : MemberFields.ALL) {
            columns.append(columns.isEmpty() ? "" : ", ").append(field.column());
        }
        return jdbc.sql("SELECT " + columns + " FROM member WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    Map<String, @Nullable String> row = new LinkedHashMap<>();
                    for (MemberFields.Field field : MemberFields.ALL) {
                        Object value = field.column().endsWith("_date")
                                        || field.column().endsWith("_on")
                                ? rs.getObject(field.column(), LocalDate.class)
                                : rs.getString(field.column());
                        row.put(field.name(), MemberFields.text(value));
                    }
                    return row;
                })
                .single();
    }

    private static List<Diff> diff(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
        List<Diff> diffs = new ArrayList<>();
        before.forEach((field, old) -> {
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                boolean masked = field.equals("citizenId");
                diffs.add(new Diff(
                        field, masked ? MemberQueries.mask(old) : old, masked ? MemberQueries.mask(now) : now));
            }
        });
        return diffs;
    }

    /** How a value of the record is stored: text in NFC with single spaces and no blanks, enums by name. */
    static @Nullable Object blankToNull(@Nullable Object value) {
        return value instanceof String s
                ? (s.isBlank() ? null : VietnameseText.clean(s).strip())
                : value;
    }
}

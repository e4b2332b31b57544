package vn.dangvu.shared.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.shared.PersonalDataSection;
import vn.dangvu.shared.PersonalDataSection.Field;
import vn.dangvu.shared.PersonalDataSource;

/**
 * One kind of record a module holds about members, read by a query bound to {@code :memberIds} (a list of member ids)
 * that selects the member's id as {@code member_id} and the section's fields by their keys. Each value is written as
 * ISO text (dates {@code 2024-05-19}, instants in UTC), so that every module's export reads the same.
 *
 * @param key the section's code, {@code module.kind}
 * @param title its Vietnamese heading
 * @param fields the fields in print order, as the query's column names
 * @param sql the query, ordered oldest first
 */
public record PersonalDataQuery(String key, String title, List<Field> fields, String sql) {

    private static final List<String> FIRST_MODULES = List.of("member", "security");

    /**
     * The fields from alternating column names and Vietnamese labels; a column written {@code name:prefix} holds a
     * code named in words by the messages under that prefix (e.g. {@code status:member.status.}).
     */
    public static List<Field> fields(String... columnsAndLabels) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < columnsAndLabels.length; i += 2) {
            String[] column = columnsAndLabels[i].split(":", 2);
            fields.add(new Field(column[0], columnsAndLabels[i + 1], column.length > 1 ? column[1] : null));
        }
        return List.copyOf(fields);
    }

    /**
     * Every source's queries in one fixed order — the member's record first, then their account, then the other
     * modules by name, each module's in the order it gives — so that the same data gives the same export.
     */
    public static List<PersonalDataQuery> all(Collection<? extends PersonalDataSource> sources) {
        List<PersonalDataQuery> queries = new ArrayList<>();
        sources.forEach(source -> queries.addAll(source.queries()));
        // a stable sort keeps each module's own order
        queries.sort(Comparator.comparingInt(PersonalDataQuery::rank).thenComparing(PersonalDataQuery::module));
        return List.copyOf(queries);
    }

    private String module() {
        return key.substring(0, key.indexOf('.'));
    }

    private int rank() {
        int first = FIRST_MODULES.indexOf(module());
        return first >= 0 ? first : FIRST_MODULES.size();
    }

    /** The section of one member. */
    public PersonalDataSection of(JdbcClient jdbc, UUID memberId) {
        List<Map<String, @Nullable String>> records = new ArrayList<>();
        forEach(jdbc, List.of(memberId), (member, record) -> records.add(record));
        return new PersonalDataSection(key, title, fields, Collections.unmodifiableList(records));
    }

    /** Hands each record of the given members, with its member, to {@code sink}, as the rows are read. */
    public void forEach(
            JdbcClient jdbc, Collection<UUID> memberIds, BiConsumer<UUID, Map<String, @Nullable String>> sink) {
        jdbc.sql(sql).param("memberIds", memberIds).query((ResultSet rs) -> {
            sink.accept(rs.getObject("member_id", UUID.class), record(rs));
        });
    }

    private Map<String, @Nullable String> record(ResultSet rs) throws SQLException {
        Map<String, @Nullable String> record = new LinkedHashMap<>();
        for (Field field : fields) {
            record.put(field.key(), text(rs.getObject(field.key())));
        }
        return Collections.unmodifiableMap(record);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        return value.toString();
    }
}

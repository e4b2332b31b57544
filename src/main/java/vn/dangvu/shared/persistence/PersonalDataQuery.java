package vn.dangvu.shared.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.shared.PersonalDataSection;
import vn.dangvu.shared.PersonalDataSection.Field;

/**
 * Reads one {@link PersonalDataSection} with a query bound to {@code :memberId}: the query selects the section's
 * fields by their keys, and each value is written as ISO text (dates {@code 2024-05-19}, instants in UTC), so that
 * every module's export reads the same.
 *
 * @param key the section's code
 * @param title its Vietnamese heading
 * @param fields the fields in print order, as the query's column names
 * @param sql the query, selecting at least those columns and ordered oldest first
 */
public record PersonalDataQuery(String key, String title, List<Field> fields, String sql) {

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

    /** Runs the query for one member. */
    public PersonalDataSection run(JdbcClient jdbc, UUID memberId) {
        List<Map<String, @Nullable String>> records = jdbc.sql(sql)
                .param("memberId", memberId)
                .query((rs, n) -> record(rs, fields))
                .list();
        return new PersonalDataSection(key, title, fields, Collections.unmodifiableList(records));
    }

    private static Map<String, @Nullable String> record(ResultSet rs, List<Field> fields) throws SQLException {
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

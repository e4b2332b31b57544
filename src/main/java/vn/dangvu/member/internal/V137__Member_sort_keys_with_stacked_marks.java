package vn.dangvu.member.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.text.VietnameseText;

/**
 * Computes the list order key ({@code member.sort_key}) again for the members whose stored key differs from what
 * {@link VietnameseText#nameSortKey} gives now. Letters with the dot below and a breve or circumflex (ặ, ậ, ệ, ộ) were
 * keyed as their bare vowel followed by the mark itself, because NFD puts the dot below first: "Đặng" sorted before
 * "Đăng", "Nguyệt" before "Nguyên". A key is computed in Java, so the migration is too (a Flyway bean, run by Spring
 * Boot's Flyway with the SQL migrations; no member is changed otherwise, and the record's version stays).
 */
@Component
class V137__Member_sort_keys_with_stacked_marks extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Object[]> changed = new ArrayList<>();
        // read in pages of a cursor (the national registry is millions of rows), written a batch at a time meanwhile
        try (PreparedStatement read = connection.prepareStatement("SELECT id, full_name, sort_key FROM member")) {
            read.setFetchSize(10_000);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String key = VietnameseText.nameSortKey(rows.getString(2));
                    if (!key.equals(rows.getString(3))) {
                        changed.add(new Object[] {rows.getObject(1, UUID.class), key});
                    }
                    if (changed.size() == BATCH) {
                        write(connection, changed);
                        changed.clear();
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            write(connection, changed);
        }
    }

    /** One statement per batch: on PostgreSQL each statement on member also checks its units once (V136). */
    private static void write(Connection connection, List<Object[]> keys) throws SQLException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(CAST(? AS UUID), CAST(? AS VARCHAR(200)))");
        }
        try (PreparedStatement update = connection.prepareStatement("MERGE INTO member m USING (VALUES " + values
                + ") AS k (id, sort_key) ON m.id = k.id WHEN MATCHED THEN UPDATE SET sort_key = k.sort_key")) {
            int p = 1;
            for (Object[] key : keys) {
                update.setObject(p++, key[0]);
                update.setString(p++, (String) key[1]);
            }
            update.executeUpdate();
        }
    }
}

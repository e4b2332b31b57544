package vn.dangvu.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Which database the application runs on, for the few statements written two ways: PostgreSQL (production) and H2
 * (the embedded default), e.g. {@code GROUPING SETS}, trigram search, a bulk job's working memory.
 */
public final class Databases {

    private Databases() {}

    /** Whether the data source is PostgreSQL; false when it cannot tell (no data source, no connection). */
    public static boolean isPostgres(@Nullable DataSource dataSource) {
        if (dataSource == null) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}

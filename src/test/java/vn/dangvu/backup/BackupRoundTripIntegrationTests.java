package vn.dangvu.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * {@link BackupRoundTripScenarios} on the embedded H2: the database written out as a script ({@code SCRIPT TO}, the
 * portable form of {@code BACKUP TO} for an in-memory database) and run into a fresh one ({@code RUNSCRIPT FROM}).
 */
class BackupRoundTripIntegrationTests extends BackupRoundTripScenarios {

    @Override
    String backupAndRestore() throws Exception {
        Path script = Files.createTempFile("dangvu-", ".sql");
        try {
            jdbc.sql("SCRIPT TO '" + script + "' CHARSET 'UTF-8'").query().listOfRows();
            String restored = "jdbc:h2:mem:dangvu-restored-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            try (Connection c = DriverManager.getConnection(restored, user(), password());
                    Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + script + "' CHARSET 'UTF-8'");
            }
            return restored;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }
}

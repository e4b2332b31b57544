package vn.dangvu.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.dangvu.support.OnPostgres;
import vn.dangvu.support.PostgresTestDatabase;

/**
 * {@link BackupRoundTripScenarios} on PostgreSQL with the commands of docs/operations.md: {@code pg_dump
 * --format=custom} of the test database, {@code pg_restore --no-owner} into a fresh one.
 */
@OnPostgres
class BackupRoundTripPostgresIntegrationTests extends BackupRoundTripScenarios {

    @Override
    String backupAndRestore() throws Exception {
        Path dump = Files.createTempFile("dangvu-", ".dump");
        try {
            run(List.of("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + libpq(jdbcUrl())));
            String restored = PostgresTestDatabase.create();
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), dump.toString()));
            return restored;
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    @Override
    String user() {
        return PostgresTestDatabase.user();
    }

    @Override
    String password() {
        return PostgresTestDatabase.password();
    }

    /** {@code jdbc:postgresql://host:port/db} as a libpq connection string with the test role. */
    private String libpq(String jdbcUrl) {
        return "postgresql://" + user() + ":" + password() + "@" + jdbcUrl.substring("jdbc:postgresql://".length());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(command.get(0) + ": " + output).isZero();
    }
}

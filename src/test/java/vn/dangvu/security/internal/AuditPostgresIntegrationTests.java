package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangvu.support.PostgresTestDatabase;

/** {@link AuditScenarios} on PostgreSQL, where a trigger also refuses any change to the log. */
class AuditPostgresIntegrationTests extends AuditScenarios {

    private static String url;

    @BeforeAll
    static void database() {
        if (url == null) {
            url = PostgresTestDatabase.create();
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET action = 'x'").update())
                .hasMessageContaining("append-only");
    }

    @Override
    protected void tamper(long seq, String username) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change")
                .update();
        try {
            super.tamper(seq, username);
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change")
                    .update();
        }
    }
}

package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dangvu.support.OnPostgres;

/** {@link AuditScenarios} on PostgreSQL, where a trigger also refuses any change to the log. */
@OnPostgres
class AuditPostgresIntegrationTests extends AuditScenarios {

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

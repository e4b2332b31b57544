package vn.dangvu.security.internal;

import org.junit.jupiter.api.Order;
import vn.dangvu.support.OnPostgres;

/**
 * {@link AuditChainAfterSuitesScenarios} on the PostgreSQL database shared by the PostgreSQL suites, where the
 * append-only trigger is lifted for the tampering and put back at once.
 */
@OnPostgres
@Order(Integer.MAX_VALUE)
class AuditChainAfterSuitesPostgresIntegrationTests extends AuditChainAfterSuitesScenarios {

    @Override
    protected void tamper(long seq, String action) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change")
                .update();
        try {
            super.tamper(seq, action);
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change")
                    .update();
        }
    }
}

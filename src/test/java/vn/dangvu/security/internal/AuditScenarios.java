package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** Reads of personal records and writes are audited; the chain verifies and a tampered row is named. */
abstract class AuditScenarios extends PlatformTestBase {

    @Test
    void readingAMembersRecordIsAuditedWithWhoAndFromWhere() {
        ApiClient secretary = loggedIn("bithu");
        UUID member = jdbc.sql("SELECT id FROM member WHERE org_unit_id = :cell ORDER BY id LIMIT 1")
                .param("cell", secretaryCell())
                .query(UUID.class)
                .single();
        assertThat(secretary.get("/api/v1/members/" + member).status()).isEqualTo(200);

        ApiClient admin = loggedIn("admin");
        JsonNode page = admin.get("/api/v1/audit-entries?action=member.read&entityId=" + member)
                .json();
        assertThat(page.path("totalElements").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode entry = page.path("content").get(0);
        assertThat(entry.path("username").asString()).isEqualTo("bithu");
        assertThat(entry.path("address").asString()).isNotBlank();
        assertThat(entry.path("requestId").asString()).isNotBlank();
    }

    @Test
    void theChainVerifiesAndATamperedEntryIsNamed() {
        loggedIn("vanphong");
        ApiClient admin = loggedIn("admin");
        JsonNode verdict =
                admin.post("/api/v1/audit-entries/verification", "{}").json();
        assertThat(verdict.path("valid").asBoolean()).isTrue();
        assertThat(verdict.path("checked").asLong()).isPositive();

        long victim = jdbc.sql("SELECT MIN(seq) FROM audit_entry WHERE action = 'auth.login'")
                .query(Long.class)
                .single();
        String original = jdbc.sql("SELECT username FROM audit_entry WHERE seq = :seq")
                .param("seq", victim)
                .query(String.class)
                .single();
        tamper(victim, "someone-else");
        try {
            JsonNode broken =
                    admin.post("/api/v1/audit-entries/verification", "{}").json();
            assertThat(broken.path("valid").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenSeq").asLong()).isEqualTo(victim);
        } finally {
            tamper(victim, original);
        }
        assertThat(admin.post("/api/v1/audit-entries/verification", "{}")
                        .json()
                        .path("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertThat(loggedIn("bantochuc").get("/api/v1/audit-entries").status()).isEqualTo(403);
    }

    /** Changes a row behind the application's back (on PostgreSQL the append-only trigger must be lifted first). */
    protected void tamper(long seq, String username) {
        jdbc.sql("UPDATE audit_entry SET username = :u WHERE seq = :seq")
                .param("u", username)
                .param("seq", seq)
                .update();
    }
}

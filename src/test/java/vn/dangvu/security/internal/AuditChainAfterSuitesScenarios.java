package vn.dangvu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.security.internal.audit.AuditVerifier;
import vn.dangvu.support.PlatformTestBase;

/**
 * The audit chain of the shared test database after the whole integration suite (issue 10 point 5): ordered last
 * (junit-platform.properties orders classes by {@link Order}; every other class keeps the default), it runs in the
 * same JVM and application context as the other suites, so it reads every entry they wrote. The chain must verify
 * from the first entry to the head, and a row changed behind the application's back must be named.
 */
abstract class AuditChainAfterSuitesScenarios extends PlatformTestBase {

    @Autowired
    AuditVerifier verifier;

    @Test
    void theWholeChainVerifiesAndATamperedRowIsNamed() {
        long head = jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1")
                .query(Long.class)
                .single();
        AuditVerifier.Verdict verdict = verifier.verify();
        System.out.println("Audit chain after the suites: " + verdict.checked() + " entries, valid " + verdict.valid()
                + (verdict.valid() ? "" : ", first broken " + verdict.firstBrokenSeq()));
        assertThat(verdict.valid())
                .as("the chain as every suite left it, first broken entry %s", verdict.firstBrokenSeq())
                .isTrue();
        assertThat(verdict.checked()).as("every entry up to the head").isGreaterThanOrEqualTo(head);

        long victim = (head + 1) / 2;
        String original = jdbc.sql("SELECT action FROM audit_entry WHERE seq = :seq")
                .param("seq", victim)
                .query(String.class)
                .single();
        tamper(victim, original + ".changed");
        try {
            AuditVerifier.Verdict broken = verifier.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenSeq()).as("the tampered entry").isEqualTo(victim);
        } finally {
            tamper(victim, original);
        }
        assertThat(verifier.verify().valid())
                .as("the chain once the row is restored")
                .isTrue();
    }

    /** Changes a row's action behind the application's back. */
    protected void tamper(long seq, String action) {
        jdbc.sql("UPDATE audit_entry SET action = :action WHERE seq = :seq")
                .param("action", action)
                .param("seq", seq)
                .update();
    }
}

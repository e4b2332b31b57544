package vn.dangvu.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The per-address limit on failed logins, kept in the database so that every app node sees the same count (a
 * password-spraying client cannot spread its tries across nodes).
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    boolean blocked(String address) {
        Instant since = clock.instant().minus(properties.addressWindow());
        long failures = jdbc.sql("""
                        SELECT COUNT(*) FROM login_attempt
                         WHERE address = :address AND attempted_at > :since AND succeeded = FALSE""")
                .param("address", address)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
        return failures >= properties.addressMaxFailures();
    }

    void record(String address, boolean succeeded) {
        jdbc.sql("INSERT INTO login_attempt (address, attempted_at, succeeded) VALUES (:address, :at, :ok)")
                .param("address", address)
                .param("at", Timestamp.from(clock.instant()))
                .param("ok", succeeded)
                .update();
    }

    /** Attempts older than a day no longer matter. */
    @Scheduled(fixedDelayString = "PT1H")
    void forgetOld() {
        jdbc.sql("DELETE FROM login_attempt WHERE attempted_at < :before")
                .param("before", Timestamp.from(clock.instant().minusSeconds(86_400)))
                .update();
    }
}

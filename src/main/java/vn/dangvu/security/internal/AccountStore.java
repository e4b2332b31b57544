package vn.dangvu.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/** SQL of the account tables. */
@Component
class AccountStore {

    /** An account row. */
    record AccountRow(
            UUID id,
            String username,
            @Nullable UUID memberId,
            String displayName,
            String passwordHash,
            boolean enabled,
            int failedAttempts,
            @Nullable Instant lockedUntil,
            @Nullable String totpSecret,
            boolean totpEnabled,
            @Nullable Long totpLastStep) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRow> byUsername(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = :username")
                .param("username", username)
                .query(AccountStore::row)
                .optional();
    }

    Optional<AccountRow> byMember(UUID memberId) {
        return jdbc.sql("SELECT * FROM account WHERE member_id = :memberId")
                .param("memberId", memberId)
                .query(AccountStore::row)
                .optional();
    }

    Optional<AccountRow> byId(UUID id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id")
                .param("id", id)
                .query(AccountStore::row)
                .optional();
    }

    /** Roles with the current paths of their subtree roots. */
    List<RoleGrant> grants(UUID accountId) {
        return jdbc.sql("""
                        SELECT r.role, r.org_unit_id, d.path
                          FROM account_role r JOIN org_unit_directory d ON d.id = r.org_unit_id
                         WHERE r.account_id = :id ORDER BY r.role, d.path""")
                .param("id", accountId)
                .query((rs, n) -> new RoleGrant(
                        Role.valueOf(rs.getString("role")), rs.getLong("org_unit_id"), rs.getString("path")))
                .list();
    }

    /** Counts a failed password; locks the account until {@code lockUntil} when it reaches {@code maxFailures}. */
    int recordFailure(UUID id, int maxFailures, Instant now, Instant lockUntil) {
        jdbc.sql("UPDATE account SET failed_attempts = failed_attempts + 1, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        int failures = jdbc.sql("SELECT failed_attempts FROM account WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (failures >= maxFailures) {
            jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = :until WHERE id = :id")
                    .param("id", id)
                    .param("until", Timestamp.from(lockUntil))
                    .update();
        }
        return failures;
    }

    void recordSuccess(UUID id, Instant now) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    void changePassword(UUID id, String hash, Instant now) {
        jdbc.sql("""
                        UPDATE account SET password_hash = :hash, password_changed_at = :now, updated_at = :now,
                               version = version + 1 WHERE id = :id""")
                .param("id", id)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .update();
    }

    void startTotpEnrolment(UUID id, String secret, Instant now) {
        jdbc.sql("UPDATE account SET totp_secret = :secret, totp_enabled = FALSE, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("secret", secret)
                .param("now", Timestamp.from(now))
                .update();
    }

    void enableTotp(UUID id, long step, Instant now) {
        jdbc.sql("""
                        UPDATE account SET totp_enabled = TRUE, totp_last_step = :step, updated_at = :now,
                               version = version + 1 WHERE id = :id""")
                .param("id", id)
                .param("step", step)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Marks a TOTP step as used; false when it (or a later one) was used already, so a code works once. */
    boolean useTotpStep(UUID id, long step) {
        return jdbc.sql("""
                        UPDATE account SET totp_last_step = :step
                         WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""").param("id", id).param("step", step).update() == 1;
    }

    void replaceRecoveryCodes(UUID id, List<String> hashes) {
        jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = :id")
                .param("id", id)
                .update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO account_recovery_code (id, account_id, code_hash) VALUES (:rid, :id, :hash)")
                    .param("rid", UUID.randomUUID())
                    .param("id", id)
                    .param("hash", hash)
                    .update();
        }
    }

    /** Uses up a recovery code; false when no unused code has this hash. */
    boolean useRecoveryCode(UUID id, String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE account_recovery_code SET used_at = :now
                         WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL""")
                        .param("id", id)
                        .param("hash", hash)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    static AccountRow row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        long step = rs.getLong("totp_last_step");
        return new AccountRow(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getObject("member_id", UUID.class),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(),
                rs.getString("totp_secret"),
                rs.getBoolean("totp_enabled"),
                rs.wasNull() ? null : step);
    }
}

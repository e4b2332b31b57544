package vn.dangvu.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/** Write API for accounts: open an account with its roles; hash passwords the way logins check them. */
@Service
@Transactional
public class Accounts {

    /**
     * A role over a subtree, for a new account.
     *
     * @param role the role
     * @param orgUnitId root of the subtree
     */
    public record Grant(Role role, long orgUnitId) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** The stored form of a password (Argon2id). */
    public String hashPassword(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    /**
     * Opens an account.
     *
     * @param username login name (for members: their party card number, unless they hold a staff user name)
     * @param memberId the member behind the account, if any
     * @param passwordHash from {@link #hashPassword}
     * @return the new account's id
     */
    public UUID open(
            String username, @Nullable UUID memberId, String displayName, String passwordHash, List<Grant> grants) {
        if (findId(username).isPresent()) {
            throw DomainException.conflict("account.username.taken", username);
        }
        UUID id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                INSERT INTO account (id, username, member_id, display_name, password_hash, enabled, failed_attempts,
                                     totp_enabled, password_changed_at, version, created_at, updated_at)
                VALUES (:id, :username, :memberId, :displayName, :hash, TRUE, 0, FALSE, :now, 0, :now, :now)
                """)
                .param("id", id)
                .param("username", username)
                .param("memberId", memberId)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("now", java.sql.Timestamp.from(now))
                .update();
        for (Grant grant : grants) {
            jdbc.sql("INSERT INTO account_role (id, account_id, role, org_unit_id) VALUES (:id, :account, :role, :org)")
                    .param("id", UUID.randomUUID())
                    .param("account", id)
                    .param("role", grant.role().name())
                    .param("org", grant.orgUnitId())
                    .update();
        }
        audit.record("account.open", "account", id, Map.of("username", username, "grants", grants));
        return id;
    }

    public Optional<UUID> findId(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = :username")
                .param("username", username)
                .query(UUID.class)
                .optional();
    }
}

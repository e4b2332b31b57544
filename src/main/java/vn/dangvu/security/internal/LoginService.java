package vn.dangvu.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.security.internal.AccountStore.AccountRow;
import vn.dangvu.security.internal.audit.AuditLog;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.RoleGrant;

/**
 * Checks passwords and second factors. Failures are recorded and committed even though the call then fails (so
 * lock-out and rate limits hold): the transaction does not roll back for the domain exceptions it throws.
 */
@Service
@Transactional(noRollbackFor = DomainException.class)
class LoginService {

    /** What a successful first step leads to. */
    enum Stage {
        AUTHENTICATED,
        TOTP_REQUIRED,
        TOTP_ENROLMENT_REQUIRED
    }

    /** The outcome of a successful step. */
    record Outcome(Stage stage, AccountRow account) {}

    private final AccountStore accounts;
    private final MemberDirectory members;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final String dummyHash;

    LoginService(
            AccountStore accounts,
            MemberDirectory members,
            LoginThrottle throttle,
            PasswordEncoder passwords,
            SecurityProperties properties,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.throttle = throttle;
        this.passwords = passwords;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = passwords.encode("dangvu-timing-equaliser");
    }

    /** First step: user name (or card number / citizen ID) and password. */
    Outcome checkPassword(String login, String password, String address) {
        if (throttle.blocked(address)) {
            audit.recordFor(null, login, address, "auth.login.rate-limited", "account", null);
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "auth.rate-limited");
        }
        Instant now = clock.instant();
        Optional<AccountRow> found = find(login.strip());
        if (found.isEmpty() || !found.get().enabled()) {
            passwords.matches(password, dummyHash);
            throttle.record(address, false);
            audit.recordFor(null, login, address, "auth.login.failed", "account", null);
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.bad-credentials");
        }
        AccountRow account = found.get();
        if (account.lockedAt(now)) {
            throttle.record(address, false);
            audit.recordFor(account.id(), account.username(), address, "auth.login.locked", "account", account.id());
            throw locked(account.lockedUntil());
        }
        if (!passwords.matches(password, account.passwordHash())) {
            throttle.record(address, false);
            fail(account, address, now);
        }
        accounts.recordSuccess(account.id(), now);
        throttle.record(address, true);
        if (account.totpEnabled()) {
            audit.recordFor(
                    account.id(), account.username(), address, "auth.login.password-ok", "account", account.id());
            return new Outcome(Stage.TOTP_REQUIRED, account);
        }
        audit.recordFor(account.id(), account.username(), address, "auth.login", "account", account.id());
        if (properties.totpRequired() && hasStaffRole(account)) {
            return new Outcome(Stage.TOTP_ENROLMENT_REQUIRED, account);
        }
        return new Outcome(Stage.AUTHENTICATED, account);
    }

    /** Second step: a TOTP code or an unused recovery code. */
    Outcome checkSecondFactor(java.util.UUID accountId, String code, String address) {
        if (throttle.blocked(address)) {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "auth.rate-limited");
        }
        Instant now = clock.instant();
        AccountRow account = accounts.byId(accountId)
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.required"));
        if (account.lockedAt(now)) {
            throw locked(account.lockedUntil());
        }
        String secret = account.totpSecret();
        boolean ok = false;
        if (account.totpEnabled() && secret != null) {
            OptionalLong step = Totp.matchingStep(secret, code.strip(), now);
            ok = step.isPresent() && accounts.useTotpStep(account.id(), step.getAsLong());
            if (!ok && code.strip().contains("-")) {
                ok = accounts.useRecoveryCode(account.id(), recoveryHash(code), now);
            }
        }
        if (!ok) {
            throttle.record(address, false);
            audit.recordFor(account.id(), account.username(), address, "auth.totp.failed", "account", account.id());
            int failures = accounts.recordFailure(
                    account.id(), properties.maxFailures(), now, now.plus(properties.lockDuration()));
            if (failures >= properties.maxFailures()) {
                throw locked(now.plus(properties.lockDuration()));
            }
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.totp-invalid");
        }
        accounts.recordSuccess(account.id(), now);
        audit.recordFor(account.id(), account.username(), address, "auth.login", "account", account.id());
        return new Outcome(Stage.AUTHENTICATED, account);
    }

    boolean hasStaffRole(AccountRow account) {
        List<RoleGrant> grants = accounts.grants(account.id());
        return grants.stream().anyMatch(g -> g.role().isStaff());
    }

    private Optional<AccountRow> find(String login) {
        Optional<AccountRow> byName = accounts.byUsername(login);
        if (byName.isPresent()) {
            return byName;
        }
        return members.findByLogin(login).flatMap(accounts::byMember);
    }

    private void fail(AccountRow account, String address, Instant now) {
        int failures = accounts.recordFailure(
                account.id(), properties.maxFailures(), now, now.plus(properties.lockDuration()));
        audit.recordFor(account.id(), account.username(), address, "auth.login.failed", "account", account.id());
        if (failures >= properties.maxFailures()) {
            throw locked(now.plus(properties.lockDuration()));
        }
        throw new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.bad-credentials");
    }

    private static DomainException locked(Instant until) {
        return new DomainException(
                DomainException.Kind.LOCKED,
                "auth.locked",
                Map.of("lockedUntil", until.toString()),
                java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                        .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(until));
    }

    static String recoveryHash(String code) {
        try {
            String normal = code.strip().toLowerCase(java.util.Locale.ROOT);
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.dangvu.security.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AnyRole;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;

/** The caller's own account: password change and enrolment of the TOTP second factor. */
@RestController
@RequestMapping("/api/v1/account")
@AnyRole
class AccountController {

    private static final String ISSUER = "Đảng Vụ";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountController(AccountStore accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void changePassword(@Valid @RequestBody ChangePasswordRequest body, Actor actor) {
        AccountStore.AccountRow account = accounts.byId(actor.accountId()).orElseThrow();
        if (!passwords.matches(body.currentPassword(), account.passwordHash())) {
            throw DomainException.rule("account.password.wrong-current");
        }
        if (body.newPassword().equals(body.currentPassword())) {
            throw DomainException.rule("account.password.unchanged");
        }
        accounts.changePassword(account.id(), passwords.encode(body.newPassword()), clock.instant());
        audit.record("account.password.change", "account", account.id(), null);
    }

    /** Starts enrolment: a new secret, shown as a QR code (otpauth URI) and as text. */
    @PostMapping("/totp/enrolment")
    @Transactional
    TotpEnrolmentView startTotp(Actor actor) {
        AccountStore.AccountRow account = accounts.byId(actor.accountId()).orElseThrow();
        if (account.totpEnabled()) {
            throw DomainException.conflict("account.totp.already-enabled");
        }
        String secret = Totp.newSecret();
        accounts.startTotpEnrolment(account.id(), secret, clock.instant());
        audit.record("account.totp.enrolment-start", "account", account.id(), null);
        return new TotpEnrolmentView(secret, Totp.otpauthUri(ISSUER, account.username(), secret));
    }

    /** Confirms enrolment with a first code; answers the recovery codes, shown only this once. */
    @PostMapping("/totp/enrolment/confirmation")
    @Transactional
    TotpConfirmationView confirmTotp(@Valid @RequestBody TotpCodeRequest body, Actor actor) {
        AccountStore.AccountRow account = accounts.byId(actor.accountId()).orElseThrow();
        if (account.totpEnabled()) {
            throw DomainException.conflict("account.totp.already-enabled");
        }
        if (account.totpSecret() == null) {
            throw DomainException.rule("account.totp.not-started");
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), body.code().strip(), clock.instant());
        if (step.isEmpty()) {
            throw DomainException.rule("auth.totp-invalid");
        }
        accounts.enableTotp(account.id(), step.getAsLong(), clock.instant());
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = recoveryCode();
            codes.add(code);
            hashes.add(LoginService.recoveryHash(code));
        }
        accounts.replaceRecoveryCodes(account.id(), hashes);
        audit.record("account.totp.enable", "account", account.id(), null);
        CurrentActor.sessionUser()
                .filter(SessionUser::enrolmentRequired)
                .ifPresent(user -> SessionUpgrade.clearEnrolment(user));
        return new TotpConfirmationView(codes);
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * @param currentPassword the password in use
     * @param newPassword at least 10 characters
     */
    record ChangePasswordRequest(
            @NotBlank(message = "{account.password.current.required}")
            String currentPassword,

            @NotBlank(message = "{account.password.new.required}")
            @Size(min = 10, max = 200, message = "{account.password.new.size}")
            String newPassword) {}

    /** @param code six digits from the authenticator app */
    record TotpCodeRequest(
            @NotBlank(message = "{auth.totp.required}") @Size(max = 20, message = "{auth.totp.size}")
            String code) {}

    /**
     * @param secret base32 secret for manual entry
     * @param otpauthUri the URI to show as a QR code
     */
    record TotpEnrolmentView(String secret, String otpauthUri) {}

    /** @param recoveryCodes ten single-use codes */
    record TotpConfirmationView(List<String> recoveryCodes) {}
}

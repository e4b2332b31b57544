package vn.dangvu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.security.internal.audit.AuditLog;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PublicEndpoint;

/** JSON login in one or two steps (password, then TOTP for accounts that have it), and logout. */
@RestController
@RequestMapping("/api/v1/auth")
class LoginController {

    private final LoginService logins;
    private final SessionLogin sessions;
    private final AuditLog audit;

    LoginController(LoginService logins, SessionLogin sessions, AuditLog audit) {
        this.logins = logins;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * Step one. Staff log in with their user name; members with their party card number or citizen ID.
     * Answers 401 for a wrong name or password, 423 while the account is locked (after 5 failures, for 15
     * minutes), 429 when this address failed too often.
     */
    @PostMapping("/login")
    @PublicEndpoint
    LoginResult login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        LoginService.Outcome outcome = logins.checkPassword(body.username(), body.password(), request.getRemoteAddr());
        switch (outcome.stage()) {
            case TOTP_REQUIRED -> sessions.awaitSecondFactor(outcome.account(), request);
            case TOTP_ENROLMENT_REQUIRED -> sessions.establish(outcome.account(), true, request, response);
            case AUTHENTICATED -> sessions.establish(outcome.account(), false, request, response);
        }
        return new LoginResult(outcome.stage().name());
    }

    /** Step two: the 6-digit code of the authenticator app, or one of the recovery codes. */
    @PostMapping("/login/totp")
    @PublicEndpoint
    LoginResult secondFactor(
            @Valid @RequestBody TotpRequest body, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(SessionLogin.PENDING_ACCOUNT);
        if (!(pending instanceof UUID accountId)) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.totp-not-pending");
        }
        LoginService.Outcome outcome = logins.checkSecondFactor(accountId, body.code(), request.getRemoteAddr());
        sessions.establish(outcome.account(), false, request, response);
        return new LoginResult(outcome.stage().name());
    }

    @PostMapping("/logout")
    @PublicEndpoint
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request) {
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SessionUser user) {
            audit.recordFor(
                    user.accountId(),
                    user.username(),
                    request.getRemoteAddr(),
                    "auth.logout",
                    "account",
                    user.accountId());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    /**
     * Login body.
     *
     * @param username user name, party card number or citizen ID
     * @param password the password
     */
    record LoginRequest(
            @NotBlank(message = "{auth.username.required}") @Size(max = 64, message = "{auth.username.size}")
            String username,

            @NotBlank(message = "{auth.password.required}") @Size(max = 200, message = "{auth.password.size}")
            String password) {}

    /**
     * Second-factor body.
     *
     * @param code six digits, or a recovery code
     */
    record TotpRequest(
            @NotBlank(message = "{auth.totp.required}") @Size(max = 20, message = "{auth.totp.size}")
            String code) {}

    /**
     * Where the login stands.
     *
     * @param status {@code AUTHENTICATED}, {@code TOTP_REQUIRED} or {@code TOTP_ENROLMENT_REQUIRED}
     */
    record LoginResult(String status) {}
}

package vn.dangvu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.dangvu.security.internal.AccountStore.AccountRow;

/**
 * Puts a checked account into the session. The session id changes at every login step (no session fixation).
 */
@Component
class SessionLogin {

    static final String PENDING_ACCOUNT = "dangvu.login.pending";

    private final SecurityContextRepository contexts;
    private final AccountStore accounts;

    SessionLogin(SecurityContextRepository contexts, AccountStore accounts) {
        this.contexts = contexts;
        this.accounts = accounts;
    }

    void awaitSecondFactor(AccountRow account, HttpServletRequest request) {
        renewSession(request).setAttribute(PENDING_ACCOUNT, account.id());
    }

    void establish(
            AccountRow account, boolean enrolmentRequired, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = renewSession(request);
        session.removeAttribute(PENDING_ACCOUNT);
        List<SimpleGrantedAuthority> authorities = accounts.grants(account.id()).stream()
                .map(g -> new SimpleGrantedAuthority(g.role().authority()))
                .distinct()
                .toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SessionUser(account.id(), account.username(), enrolmentRequired), null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static HttpSession renewSession(HttpServletRequest request) {
        HttpSession existing = request.getSession(false);
        if (existing == null) {
            return request.getSession(true);
        }
        request.changeSessionId();
        return request.getSession(false);
    }
}

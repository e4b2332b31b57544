package vn.dangvu.security.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Lifts the "must enrol a second factor" restriction from the current session once enrolment succeeded. */
final class SessionUpgrade {

    private SessionUpgrade() {}

    static void clearEnrolment(SessionUser user) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null) {
            return;
        }
        var upgraded = UsernamePasswordAuthenticationToken.authenticated(
                new SessionUser(user.accountId(), user.username(), false), null, current.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            new HttpSessionSecurityContextRepository()
                    .saveContext(context, attributes.getRequest(), attributes.getResponse());
        }
    }
}

package vn.dangvu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PublicEndpoint;

/**
 * Deny by default: an API handler runs only when it declares {@link Allowed} roles the caller holds (or is a {@link
 * PublicEndpoint}). While a staff account still has to enrol its second factor, only its own account pages answer.
 */
@Component
class AllowedInterceptor implements HandlerInterceptor {

    private final CurrentActor current;

    AllowedInterceptor(CurrentActor current) {
        this.current = current;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        if (method.hasMethodAnnotation(PublicEndpoint.class)) {
            return true;
        }
        Allowed allowed = allowedRoles(method);
        if (allowed == null) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden");
        }
        Optional<Actor> actor = current.resolve(request);
        if (actor.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.required");
        }
        boolean enrolling =
                CurrentActor.sessionUser().map(SessionUser::enrolmentRequired).orElse(false);
        if (enrolling && !isAccountPath(request.getRequestURI())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.totp-enrolment-required");
        }
        if (!actor.get().has(allowed.value())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden");
        }
        return true;
    }

    /** The roles a handler accepts: its own {@link Allowed} (directly or through a meta-annotation), else its class's. */
    static @Nullable Allowed allowedRoles(HandlerMethod method) {
        Allowed onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Allowed.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Allowed.class);
    }

    private static boolean isAccountPath(String uri) {
        return uri.equals("/api/v1/me") || uri.startsWith("/api/v1/account/");
    }
}

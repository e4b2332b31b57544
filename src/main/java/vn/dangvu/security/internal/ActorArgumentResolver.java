package vn.dangvu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;

/** Supplies the {@link Actor} parameter of controller methods. */
@Component
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentActor current;

    ActorArgumentResolver(CurrentActor current) {
        this.current = current;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return current.resolve(request)
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "auth.required"));
    }
}

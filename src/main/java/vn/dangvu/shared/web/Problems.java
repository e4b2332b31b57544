package vn.dangvu.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the one error shape of the API: an RFC 9457 problem detail with a stable {@code code}, a title and detail in
 * the caller's language (Vietnamese unless {@code Accept-Language} asks for English), field errors and the request
 * id as {@code traceId}. Used by the MVC advice, the error controller and the security entry points alike.
 */
@Component
public class Problems {

    /** Prefix of the problem {@code type} URN. */
    public static final String TYPE_PREFIX = "urn:dangvu:problem:";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** One field at fault. */
    public record FieldProblem(String field, String code, String message) {}

    public ProblemDetail build(
            HttpStatusCode status,
            String code,
            Object @Nullable [] args,
            Locale locale,
            Map<String, Object> properties,
            List<FieldProblem> fieldErrors) {
        String genericTitle =
                messages.getMessage("http." + status.value() + ".title", null, "HTTP " + status.value(), locale);
        String title = messages.getMessage(code + ".title", null, genericTitle, locale);
        String detail = messages.getMessage(code, args, title, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        properties.forEach(problem::setProperty);
        if (!fieldErrors.isEmpty()) {
            problem.setProperty("errors", fieldErrors);
        }
        String requestId = MDC.get(RequestLogFilter.REQUEST_ID);
        if (requestId != null) {
            problem.setProperty("traceId", requestId);
        }
        return problem;
    }

    public ProblemDetail build(HttpStatusCode status, String code, Locale locale) {
        return build(status, code, null, locale, Map.of(), List.of());
    }

    /** The problem as a plain map, in member order, for writers outside Spring MVC (security filters). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", String.valueOf(problem.getInstance()));
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}

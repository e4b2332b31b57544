package vn.dangvu.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds {@code dangvu.upload.max-size} with the 413 problem
 * of the multipart limit, before anything reads its body: right after the request log, ahead of the session, security
 * and JSON reading. The multipart parser enforces the same limit on bodies sent without a length (chunked). The
 * connection is closed, because the servlet container would otherwise try to drain the refused body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RequestSizeFilter(
            @Value("${dangvu.upload.max-size:200MB}") DataSize limit,
            Problems problems,
            LocaleResolver locales,
            JsonMapper json) {
        this.limit = limit.toBytes();
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem =
                problems.build(HttpStatus.CONTENT_TOO_LARGE, "http.413", locales.resolveLocale(request));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.asMap(problem));
    }
}

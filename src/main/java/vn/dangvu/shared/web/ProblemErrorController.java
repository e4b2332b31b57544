package vn.dangvu.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error controller, which still answers in its legacy JSON shape: errors raised outside Spring MVC
 * (filters, the servlet container) end here and leave as problem details too.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // a filter (the session store, the security context) could not reach the database
        boolean databaseUnavailable = status == HttpStatus.INTERNAL_SERVER_ERROR
                && DatabaseUnavailable.causes((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (databaseUnavailable) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        String problemCode = databaseUnavailable
                ? "server.database-unavailable"
                : status == HttpStatus.NOT_FOUND
                        ? "http.not-found"
                        : status.is5xxServerError() ? "server.error" : "http." + status.value();
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.build(status, problemCode, locale));
    }
}

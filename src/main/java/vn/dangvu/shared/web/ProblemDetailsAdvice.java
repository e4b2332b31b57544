package vn.dangvu.shared.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.files.FileStoreFullException;

/** The only controller advice: every failure leaves the API as a localized problem detail. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;
    private final MessageSource messages;

    ProblemDetailsAdvice(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onDomain(DomainException ex, Locale locale) {
        HttpStatus status = switch (ex.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case LOCKED -> HttpStatus.LOCKED;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
        };
        List<Problems.FieldProblem> fields = ex.field() == null
                ? List.of()
                : List.of(new Problems.FieldProblem(
                        ex.field(), ex.code(), messages.getMessage(ex.code(), ex.args(), ex.code(), locale)));
        return respond(problems.build(status, ex.code(), ex.args(), locale, ex.properties(), fields));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onStale(OptimisticLockingFailureException ex, Locale locale) {
        return respond(problems.build(HttpStatus.CONFLICT, "conflict.stale", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onIntegrity(DataIntegrityViolationException ex, Locale locale) {
        log.info("integrity violation: {}", ex.getMostSpecificCause().getMessage());
        return respond(problems.build(HttpStatus.CONFLICT, "conflict.integrity", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onTimeout(QueryTimeoutException ex, Locale locale) {
        log.warn("query timed out: {}", ex.getMessage());
        return respond(problems.build(HttpStatus.SERVICE_UNAVAILABLE, "server.timeout", locale));
    }

    /** A row held by another transaction past the database's lock timeout: the same answer as a slow query. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> onLocked(PessimisticLockingFailureException ex, Locale locale) {
        log.warn("lock not acquired: {}", ex.getMostSpecificCause().getMessage());
        return respond(problems.build(HttpStatus.SERVICE_UNAVAILABLE, "server.timeout", locale));
    }

    /**
     * The database is out of reach (restarted, stopped, the network to it cut): the request's transaction is gone, and
     * the pool opens fresh connections by itself once the database is back, so the client may simply try again.
     */
    private ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex, Locale locale) {
        log.warn("database unavailable: {}", mostSpecificMessage(ex));
        return respond(problems.build(HttpStatus.SERVICE_UNAVAILABLE, "server.database-unavailable", locale));
    }

    /** The file store's disk is full: nothing was stored and the caller's transaction rolls back. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> onFileStoreFull(FileStoreFullException ex, Locale locale) {
        log.error("upload refused: {}", ex.getMessage());
        return respond(problems.build(HttpStatus.INSUFFICIENT_STORAGE, "files.storage-full", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onConstraint(ConstraintViolationException ex, Locale locale) {
        List<Problems.FieldProblem> fields = ex.getConstraintViolations().stream()
                .map(v -> new Problems.FieldProblem(
                        leaf(v.getPropertyPath().toString()),
                        v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        v.getMessage()))
                .toList();
        return respond(problems.build(HttpStatus.BAD_REQUEST, "validation.failed", null, locale, Map.of(), fields));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onAccessDenied(AccessDeniedException ex, Locale locale) {
        return respond(problems.build(HttpStatus.FORBIDDEN, "auth.forbidden", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onAuthentication(AuthenticationException ex, Locale locale) {
        return respond(problems.build(HttpStatus.UNAUTHORIZED, "auth.required", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
        String message = messages.getMessage("typeMismatch", null, "typeMismatch", locale);
        return respond(problems.build(
                HttpStatus.BAD_REQUEST,
                "validation.failed",
                null,
                locale,
                Map.of(),
                List.of(new Problems.FieldProblem(ex.getName(), "typeMismatch", message))));
    }

    /**
     * A file upload sent without a multipart body. (Its subclass for an upload over the size limit is answered 413 by
     * the base class, whose handler is the closer match.)
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> onNotMultipart(MultipartException ex, Locale locale) {
        return respond(problems.build(HttpStatus.BAD_REQUEST, "request.not-multipart", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onUnexpected(Exception ex, Locale locale) {
        if (DatabaseUnavailable.causes(ex)) {
            return databaseUnavailable(ex, locale);
        }
        log.error("unexpected failure", ex);
        return respond(problems.build(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", locale));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(ex.getBindingResult());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldProblem> fields = new ArrayList<>();
        ex.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> fields.add(new Problems.FieldProblem(
                                error instanceof FieldError fe
                                        ? fe.getField()
                                        : String.valueOf(
                                                result.getMethodParameter().getParameterName()),
                                codeOf(error.getCodes()),
                                messages.getMessage(error, locale)))));
        return ResponseEntity.badRequest()
                .body(problems.build(HttpStatus.BAD_REQUEST, "validation.failed", null, locale, Map.of(), fields));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String code = codeOf(ex, statusCode);
        Object[] args = ex instanceof MissingServletRequestParameterException missing
                ? new Object[] {missing.getParameterName()}
                : null;
        List<Problems.FieldProblem> fields = new ArrayList<>();
        String field = ex instanceof HttpMessageNotReadableException ? unreadableField(ex) : null;
        if (field != null) {
            fields.add(new Problems.FieldProblem(
                    field, "typeMismatch", messages.getMessage("typeMismatch", null, "typeMismatch", locale)));
        }
        ProblemDetail problem = problems.build(statusCode, code, args, locale, Map.of(), fields);
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    /**
     * The field of a body that could not be read, as Bean Validation names it ({@code guests[0].name}): a time that is
     * no time, a number that is no number. Null when the body is no JSON at all.
     */
    private static @Nullable String unreadableField(Exception ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return field.isEmpty() ? null : field.toString();
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return null;
    }

    private static String codeOf(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException) {
            return "http.not-found";
        } else if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "http.method-not-allowed";
        } else if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "http.unsupported-media-type";
        } else if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "http.not-acceptable";
        } else if (ex instanceof HttpMessageNotReadableException) {
            return "request.malformed";
        } else if (ex instanceof MissingServletRequestParameterException) {
            return "request.missing-parameter";
        }
        return "http." + status.value();
    }

    private ResponseEntity<Object> validationFailed(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldProblem> fields = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fe ? fe.getField() : error.getObjectName();
            fields.add(new Problems.FieldProblem(field, codeOf(error.getCodes()), messages.getMessage(error, locale)));
        }
        return ResponseEntity.badRequest()
                .body(problems.build(HttpStatus.BAD_REQUEST, "validation.failed", null, locale, Map.of(), fields));
    }

    private static String codeOf(String @Nullable [] codes) {
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }

    private static @Nullable String mostSpecificMessage(Throwable ex) {
        Throwable last = ex;
        while (last.getCause() != null && last.getCause() != last) {
            last = last.getCause();
        }
        return last.getMessage();
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}

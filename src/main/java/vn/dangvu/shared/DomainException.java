package vn.dangvu.shared;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A business failure with a stable message code. It knows nothing about HTTP: the problem-details advice maps
 * its {@link Kind} to a status and resolves {@code code} (detail) and {@code code + ".title"} from the message
 * bundles in the caller's language.
 */
public class DomainException extends RuntimeException {

    /** What kind of failure this is; decides the HTTP status. */
    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        RULE_VIOLATION,
        FORBIDDEN,
        UNAUTHORIZED,
        LOCKED,
        TOO_MANY_REQUESTS,
        BAD_REQUEST
    }

    private final String code;
    private final Kind kind;
    private final Object[] args;
    private final Map<String, Object> properties;
    private @Nullable String field;

    public DomainException(Kind kind, String code, Object... args) {
        this(kind, code, Map.of(), args);
    }

    public DomainException(Kind kind, String code, Map<String, Object> properties, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.args = args;
        this.properties = properties;
    }

    public static DomainException notFound(String code, @Nullable Object id) {
        return new DomainException(Kind.NOT_FOUND, code, id == null ? "" : id);
    }

    public static DomainException rule(String code, Object... args) {
        return new DomainException(Kind.RULE_VIOLATION, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(Kind.CONFLICT, code, args);
    }

    /** The same failure, shown on one request field (as the problem's {@code errors[]}). */
    public DomainException onField(String fieldName) {
        this.field = fieldName;
        return this;
    }

    /** The request field at fault, if the failure concerns one. */
    public @Nullable String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Extra members of the problem detail (for example {@code lockedUntil}). */
    public Map<String, Object> properties() {
        return properties;
    }
}

package vn.dangvu.inspection.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.dangvu.shared.DomainException;

/** Refusals of the inspection rules: a 422 problem naming the rule (regulation and article) and the field at fault. */
final class Refusals {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Refusals() {}

    static DomainException refuse(String code, String rule, String field, Object... args) {
        Object[] shown = new Object[args.length + 1];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate date ? DAY.format(date) : args[i];
        }
        shown[args.length] = rule;
        return new DomainException(DomainException.Kind.RULE_VIOLATION, code, Map.of("rule", rule), shown)
                .onField(field);
    }

    static DomainException invalid(String code, String field) {
        return new DomainException(DomainException.Kind.BAD_REQUEST, code).onField(field);
    }
}

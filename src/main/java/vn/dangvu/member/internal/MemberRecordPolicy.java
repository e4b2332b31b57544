package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.member.UpdateMember;
import vn.dangvu.shared.DomainException;

/**
 * The rules of a member's record. Formats are patterns used by the request's Bean Validation (400 with field errors);
 * the rules between fields and dates are checked here (422, naming the rule, on the field at fault). The record form
 * and the member import both go through {@link #violations}: the form refuses on the first, the import reports all.
 */
public final class MemberRecordPolicy {

    /** Citizen ID (CCCD, số định danh cá nhân): exactly 12 digits, the join key of the member database (§2.3). */
    public static final String CITIZEN_ID = "\\d{12}";

    /** Party card number: digits; 8 since CT 29-CT/TW, the 2025 format is unknown, so up to 12 (§2.3). */
    public static final String CARD_NUMBER = "\\d{6,12}";

    /** Personal-history number: 6 digits and 1–3 letters of the provincial-level committee (§2.3). */
    public static final String HISTORY_NUMBER = "\\d{6}\\p{Lu}{1,3}";

    /** A Vietnamese phone number: mobile (0 + 3/5/7/8/9 + 8 digits) or landline (0 + 2 + 9 digits), or +84. */
    public static final String PHONE = "(?:\\+84|0)(?:[35789]\\d{8}|2\\d{9})";

    /** General education as written on the forms: grade reached over the grades of the system, e.g. 12/12, 9/10. */
    public static final String GENERAL_EDUCATION = "(?:[1-9]|1[0-2])/(?:10|12)";

    /** Probation lasts 12 months from the ceremony (Charter Art. 5, REGULATIONS §3.4). */
    static final long PROBATION_MONTHS = 12;

    private MemberRecordPolicy() {}

    /**
     * A broken rule of the record: the message code, the field at fault and the message arguments.
     *
     * @param code message code of the rule (also the problem's code on the form)
     * @param field the record field at fault
     * @param args arguments of the message
     */
    public record Violation(String code, String field, List<Object> args) {

        public Violation {
            args = List.copyOf(args);
        }

        DomainException toException() {
            return DomainException.rule(code, args.toArray()).onField(field);
        }
    }

    /**
     * Checks the rules between the record's dates for the record form; throws a rule violation on the first field at
     * fault (the first of {@link #violations}).
     */
    public static void check(UpdateMember record, LocalDate today) {
        List<Violation> violations = violations(record, today);
        if (!violations.isEmpty()) {
            throw violations.get(0).toException();
        }
    }

    /**
     * Every rule between the record's dates that the record breaks, in the order of the form. The record form shows
     * the first, the member import reports all of them, so both apply the same rules through this one method.
     */
    public static List<Violation> violations(UpdateMember record, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (!record.birthDate().isBefore(today)) {
            found.add(new Violation("member.birth-date.not-past", "birthDate", List.of()));
            return found;
        }
        LocalDate decision = record.admittedOn();
        if (decision != null) {
            admission(record.birthDate(), decision, today, found);
        }
        LocalDate ceremony = record.ceremonyDate();
        if (ceremony != null && (decision == null || ceremony.isBefore(decision))) {
            found.add(new Violation("member.ceremony.before-decision", "ceremonyDate", List.of()));
        }
        LocalDate official = record.officialOn();
        if (official != null) {
            LocalDate probationFrom = ceremony != null ? ceremony : decision;
            if (probationFrom == null || official.isBefore(probationFrom.plusMonths(PROBATION_MONTHS))) {
                found.add(new Violation("member.official.before-probation-end", "officialOn", List.of()));
            } else if (official.isAfter(today)) {
                found.add(new Violation("member.official.future", "officialOn", List.of()));
            }
        }
        return found;
    }

    private static void admission(LocalDate birth, LocalDate decision, LocalDate today, List<Violation> found) {
        if (decision.isAfter(today)) {
            found.add(new Violation("member.admission.future", "admittedOn", List.of()));
            return;
        }
        long months = ChronoUnit.MONTHS.between(birth, decision);
        if (months < LifecyclePolicy.MIN_AGE_MONTHS || months > LifecyclePolicy.MAX_AGE_MONTHS) {
            found.add(new Violation("member.admission.age", "admittedOn", List.of(months / 12)));
        }
    }
}

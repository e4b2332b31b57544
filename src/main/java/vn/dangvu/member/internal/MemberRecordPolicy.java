package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dangvu.member.UpdateMember;
import vn.dangvu.shared.DomainException;

/**
 * The rules of a member's record. Formats are patterns used by the request's Bean Validation (400 with field errors);
 * the rules between fields and dates are checked here (422, naming the rule, on the field at fault).
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

    /** Checks the rules between the record's dates; throws a rule violation on the first field at fault. */
    public static void check(UpdateMember record, LocalDate today) {
        if (!record.birthDate().isBefore(today)) {
            throw DomainException.rule("member.birth-date.not-past").onField("birthDate");
        }
        LocalDate decision = record.admittedOn();
        if (decision != null) {
            checkAdmission(record.birthDate(), decision, today);
        }
        LocalDate ceremony = record.ceremonyDate();
        if (ceremony != null && (decision == null || ceremony.isBefore(decision))) {
            throw DomainException.rule("member.ceremony.before-decision").onField("ceremonyDate");
        }
        LocalDate official = record.officialOn();
        if (official != null) {
            LocalDate probationFrom = ceremony != null ? ceremony : decision;
            if (probationFrom == null || official.isBefore(probationFrom.plusMonths(PROBATION_MONTHS))) {
                throw DomainException.rule("member.official.before-probation-end")
                        .onField("officialOn");
            }
            if (official.isAfter(today)) {
                throw DomainException.rule("member.official.future").onField("officialOn");
            }
        }
    }

    private static void checkAdmission(LocalDate birth, LocalDate decision, LocalDate today) {
        if (decision.isAfter(today)) {
            throw DomainException.rule("member.admission.future").onField("admittedOn");
        }
        long months = ChronoUnit.MONTHS.between(birth, decision);
        if (months < LifecyclePolicy.MIN_AGE_MONTHS || months > LifecyclePolicy.MAX_AGE_MONTHS) {
            throw DomainException.rule("member.admission.age", months / 12).onField("admittedOn");
        }
    }
}

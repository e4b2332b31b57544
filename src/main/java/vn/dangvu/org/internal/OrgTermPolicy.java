package vn.dangvu.org.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.DomainException;

/**
 * Terms (nhiệm kỳ) of party organisations (REGULATIONS §1.3):
 *
 * <ul>
 *   <li>Điều lệ Đảng (congresses of đảng bộ at every level are held every 5 years): every organisation other than a
 *       chi bộ trực thuộc has a 60-month term.
 *   <li>A chi bộ trực thuộc đảng ủy cơ sở has held two congresses per five years (a 30-month term); QĐ 294-QĐ/TW and
 *       HD 06-HD/TW pilot a 5-year term for it. Which of 30 and 60 months are allowed is the setting {@code
 *       dangvu.org.cell-term-months}.
 *   <li>HD 06-HD/TW: a term counts from the day the congress is held, and the congress number ("lần thứ") continues
 *       the earlier terms, so a new term has a higher number and a later start than the one before.
 *   <li>A tổ đảng holds no congress (Điều lệ Đảng Art 24: it elects a tổ trưởng), so it has no term.
 * </ul>
 */
final class OrgTermPolicy {

    static final int FIVE_YEARS = 60;

    private OrgTermPolicy() {}

    /** The term lengths allowed for a unit of {@code kind}. */
    static List<Integer> allowedLengths(OrgUnitKind kind, OrgProperties settings) {
        if (kind == OrgUnitKind.PARTY_GROUP) {
            return List.of();
        }
        return kind == OrgUnitKind.CELL ? settings.cellTermMonths() : List.of(FIVE_YEARS);
    }

    /**
     * Refuses a term that breaks a rule, naming the field at fault.
     *
     * @param previous the unit's latest term so far, if any
     */
    static void check(
            OrgUnitKind kind,
            int congressNumber,
            LocalDate startsOn,
            int lengthMonths,
            @Nullable OrgTerm previous,
            LocalDate today,
            OrgProperties settings) {
        List<Integer> allowed = allowedLengths(kind, settings);
        if (allowed.isEmpty()) {
            throw DomainException.rule("org.term.not-applicable", kind);
        }
        if (!allowed.contains(lengthMonths)) {
            throw DomainException.rule(
                            "org.term.length-not-allowed",
                            lengthMonths,
                            String.join(
                                    ", ", allowed.stream().map(String::valueOf).toList()))
                    .onField("lengthMonths");
        }
        if (startsOn.isAfter(today)) {
            throw DomainException.rule("org.term.starts-in-future").onField("startsOn");
        }
        if (previous != null) {
            if (congressNumber <= previous.congressNumber()) {
                throw DomainException.rule("org.term.number-not-after", congressNumber, previous.congressNumber())
                        .onField("congressNumber");
            }
            if (!startsOn.isAfter(previous.startsOn())) {
                throw DomainException.rule("org.term.start-not-after", previous.startsOn())
                        .onField("startsOn");
            }
        }
    }
}

package vn.dangvu.org.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.dangvu.org.OrgDecision;
import vn.dangvu.shared.DomainException;

/**
 * The decision behind an organisation change (REGULATIONS §1.2, §11.1):
 *
 * <ul>
 *   <li>HD 36-HD/VPTW and QĐ 66-QĐ/TW: a party document's number and symbol read {@code <số>-<TÊN LOẠI>/<CƠ QUAN>},
 *       e.g. {@code 1234-QĐ/TU}, {@code 15-QĐ/ĐU}.
 *   <li>Điều lệ Đảng Art 10(3): the direct superior committee decides, so the change takes effect no earlier than
 *       its decision; the register records what happened, so neither the decision nor the change lies in the
 *       future.
 * </ul>
 */
public final class OrgDecisionPolicy {

    static final Pattern NUMBER = Pattern.compile("\\d+-[\\p{L}\\p{N}]+(/[\\p{L}\\p{N}.]+)+");

    private OrgDecisionPolicy() {}

    public static void check(OrgDecision decision, LocalDate today) {
        if (!NUMBER.matcher(decision.number().strip()).matches()) {
            throw DomainException.rule("org.decision.number.pattern", decision.number())
                    .onField("decisionNumber");
        }
        if (decision.date().isAfter(today)) {
            throw DomainException.rule("org.decision.date.future").onField("decisionDate");
        }
        if (decision.effectiveOn().isBefore(decision.date())) {
            throw DomainException.rule("org.decision.effective.before-decision").onField("effectiveOn");
        }
        if (decision.effectiveOn().isAfter(today)) {
            throw DomainException.rule("org.decision.effective.future").onField("effectiveOn");
        }
    }
}

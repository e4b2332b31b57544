package vn.dangvu.duty.internal.evaluation;

import java.util.Collection;
import java.util.Map;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.duty.EvaluationQuota;
import vn.dangvu.shared.DomainException;

/**
 * The excellent quota, HD 21-HD/BTCTW (2019) (REGULATIONS §5.3, [F-old]; whether QĐ 366-QĐ/TW keeps it is not
 * confirmed, hence the setting {@code dangvu.evaluation.excellent-quota-percent}, default 20): in each grassroots
 * organisation (đảng bộ cơ sở or chi bộ cơ sở), the members rated excellent are at most {@code percent} % of those
 * rated good.
 *
 * <p>Counted precisely: {@code excellent} = members of the grassroots organisation's cells rated excellent in the cycle;
 * {@code good} = those rated good <em>or</em> excellent (the excellent are chosen among the members who earned "good",
 * so they stay in the base). The check is {@code excellent × 100 ≤ percent × good}, so the number allowed is
 * {@code ⌊percent × good / 100⌋}: with fewer than 5 members rated good at 20 %, none may be excellent.
 *
 * <p>The same guidance counts organisations rated excellent against those rated good, per deciding committee; that
 * share is its own setting ({@code dangvu.evaluation.organisation-excellent-quota-percent}, default 20).
 */
final class ExcellentQuotaPolicy {

    static final String RULE = "HD 21-HD/BTCTW (2019) (tỷ lệ HTXSNV)";

    private ExcellentQuotaPolicy() {}

    /** How many may be excellent when {@code good} members are rated good or excellent. */
    static long allowed(int percent, long good) {
        return percent * good / 100;
    }

    static boolean over(int percent, long excellent, long good) {
        return excellent * 100 > percent * good;
    }

    /** The quota of a group from its levels (decided where decided, else proposed; {@code null} when neither). */
    static EvaluationQuota quota(long unitId, String unitName, int percent, Collection<EvaluationLevel> levels) {
        long excellent =
                levels.stream().filter(l -> l == EvaluationLevel.EXCELLENT).count();
        long good = levels.stream()
                .filter(l -> l == EvaluationLevel.EXCELLENT || l == EvaluationLevel.GOOD)
                .count();
        return new EvaluationQuota(
                unitId,
                unitName,
                percent,
                excellent,
                good,
                allowed(percent, good),
                over(percent, excellent, good),
                RULE);
    }

    /**
     * Refuses a decision that leaves too many excellent, naming the rule and the counts.
     *
     * @param code {@code evaluation.quota.exceeded} for members, {@code evaluation.quota.exceeded-units} for
     *     organisations
     */
    static void check(String code, int percent, long excellent, long good, String unitName) {
        if (over(percent, excellent, good)) {
            throw new DomainException(
                    DomainException.Kind.RULE_VIOLATION,
                    code,
                    Map.of(
                            "rule",
                            RULE,
                            "excellent",
                            excellent,
                            "good",
                            good,
                            "allowed",
                            allowed(percent, good),
                            "percent",
                            percent),
                    unitName,
                    excellent,
                    allowed(percent, good),
                    good,
                    percent);
        }
    }
}

package vn.dangvu.duty.internal.evaluation;

import java.util.Map;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.shared.DomainException;

/**
 * The level an organisation's results allow, QĐ 366-QĐ/TW (2025) Art. 11 with the collective's conditions
 * (REGULATIONS §5.1, §5.2 [F-old]): the same score and task thresholds as for members; excellent also needs no
 * subordinate unit disciplined; the leadership collective disciplined, or more than 20 % of the subordinate units
 * disciplined, forces "not completed". The 20 % is the [F-old] figure of the 2018–2023 texts, kept by this policy
 * until QĐ 366's guidance says otherwise (docs/architecture.md).
 *
 * <p>The counts are those of the evaluation cycle: the subordinate units are the organisations directly under the one
 * rated that the cycle rates too, and a unit is "disciplined" in the year when a disqualifying event without a member
 * is recorded for it ({@code duty_evaluation_disqualification}, entered by staff or by the inspection module).
 */
final class OrganisationLevelPolicy {

    static final String RULE = "QĐ 366-QĐ/TW (2025) Điều 11 (tập thể)";
    static final int DISCIPLINED_UNITS_PERCENT = 20;

    /**
     * An organisation's results.
     *
     * @param results score and tasks, as for a member
     * @param subordinateUnits units directly under it
     * @param disciplinedUnits of which disciplined in the year
     * @param collectiveDisciplined its leadership collective disciplined in the year
     */
    record Results(
            EvaluationLevelPolicy.Results results,
            int subordinateUnits,
            int disciplinedUnits,
            boolean collectiveDisciplined) {}

    static EvaluationLevel allowed(Results r) {
        if (forcedNotCompleted(r)) {
            return EvaluationLevel.NOT_COMPLETED;
        }
        EvaluationLevel level = EvaluationLevelPolicy.allowed(r.results());
        if (level == EvaluationLevel.EXCELLENT && r.disciplinedUnits() > 0) {
            return EvaluationLevel.GOOD;
        }
        return level;
    }

    /** Whether the collective conditions alone force "not completed". */
    static boolean forcedNotCompleted(int subordinateUnits, int disciplinedUnits, boolean collectiveDisciplined) {
        return collectiveDisciplined || disciplinedUnits * 100L > (long) DISCIPLINED_UNITS_PERCENT * subordinateUnits;
    }

    static boolean forcedNotCompleted(Results r) {
        return forcedNotCompleted(r.subordinateUnits(), r.disciplinedUnits(), r.collectiveDisciplined());
    }

    /** Refuses a level better than the organisation's results allow, naming the rule and the level allowed. */
    static void check(EvaluationLevel level, Results results) {
        EvaluationLevel allowed = allowed(results);
        if (level.betterThan(allowed)) {
            throw refuse(
                    forcedNotCompleted(results)
                            ? "evaluation.organisation.disciplined"
                            : "evaluation.level.above-allowed",
                    "level",
                    level.name(),
                    allowed.name(),
                    results.disciplinedUnits(),
                    results.subordinateUnits());
        }
    }

    static DomainException refuse(String code, String field, Object... args) {
        return new DomainException(DomainException.Kind.RULE_VIOLATION, code, Map.of("rule", RULE), args)
                .onField(field);
    }

    private OrganisationLevelPolicy() {}
}

package vn.dangvu.duty.internal.evaluation;

import vn.dangvu.duty.EvaluationLevel;

/**
 * The level an organisation's results allow, QĐ 366-QĐ/TW (2025) Art. 11 with the collective's conditions
 * (REGULATIONS §5.1, §5.2 [F-old]): the same score and task thresholds as for members; excellent also needs no
 * subordinate unit disciplined; the leadership collective disciplined, or more than 20 % of the subordinate units
 * disciplined, forces "not completed".
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
        boolean tooManyDisciplined =
                r.disciplinedUnits() * 100L > (long) DISCIPLINED_UNITS_PERCENT * r.subordinateUnits();
        if (r.collectiveDisciplined() || tooManyDisciplined) {
            return EvaluationLevel.NOT_COMPLETED;
        }
        EvaluationLevel level = EvaluationLevelPolicy.allowed(r.results());
        if (level == EvaluationLevel.EXCELLENT && r.disciplinedUnits() > 0) {
            return EvaluationLevel.GOOD;
        }
        return level;
    }

    private OrganisationLevelPolicy() {}
}

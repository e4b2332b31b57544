package vn.dangvu.duty.internal.evaluation;

import java.util.Map;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.shared.DomainException;

/**
 * The level a member's results allow, QĐ 366-QĐ/TW (2025) Art. 11 (REGULATIONS §5.1) on the 100-point framework:
 *
 * <ul>
 *   <li>excellent: score ≥ 90, every task on time and at least 30 % of the tasks exceeding requirements;
 *   <li>good: score 70 – &lt; 90 (or ≥ 90 without the excellent conditions), every task on time;
 *   <li>completed: score 50 – &lt; 70 (or better without the conditions above), late tasks at most 20 %;
 *   <li>not completed: score &lt; 50, more than 20 % of the tasks late, or a disqualifying event of the year
 *       (REGULATIONS §5.2, [F-old]: e.g. disciplined during the year), which forces it whatever the score.
 * </ul>
 *
 * The cell and the committee may rate below what the results allow, never above.
 */
public final class EvaluationLevelPolicy {

    /** The regulation stored with each decided result. */
    public static final String RULE = "QĐ 366-QĐ/TW (2025) Điều 11";
    /** Its version, stored beside it. */
    public static final String RULE_VERSION = "366/2025";

    static final int EXCELLENT_SCORE = 90;
    static final int GOOD_SCORE = 70;
    static final int COMPLETED_SCORE = 50;
    static final int EXCEEDING_PERCENT = 30;
    static final int LATE_PERCENT = 20;

    /**
     * A member's results.
     *
     * @param score 0–100
     * @param tasksTotal tasks assigned
     * @param tasksExceeding tasks beyond requirements
     * @param tasksLate tasks done late
     * @param disqualified a disqualifying event of the year
     */
    record Results(int score, int tasksTotal, int tasksExceeding, int tasksLate, boolean disqualified) {}

    /** Refuses impossible counts: exceeding or late tasks beyond the total. */
    static void validate(int tasksTotal, int tasksExceeding, int tasksLate) {
        if (tasksExceeding > tasksTotal) {
            throw refuse("evaluation.tasks.exceeding-over-total", "tasksExceeding", tasksExceeding, tasksTotal);
        }
        if (tasksLate > tasksTotal) {
            throw refuse("evaluation.tasks.late-over-total", "tasksLate", tasksLate, tasksTotal);
        }
    }

    /** The best level the results allow. */
    static EvaluationLevel allowed(Results r) {
        if (r.disqualified()) {
            return EvaluationLevel.NOT_COMPLETED;
        }
        boolean allOnTime = r.tasksLate() == 0;
        boolean exceeding =
                r.tasksTotal() > 0 && r.tasksExceeding() * 100L >= (long) EXCEEDING_PERCENT * r.tasksTotal();
        boolean fewLate = r.tasksLate() * 100L <= (long) LATE_PERCENT * r.tasksTotal();
        if (r.score() >= EXCELLENT_SCORE && allOnTime && exceeding) {
            return EvaluationLevel.EXCELLENT;
        }
        if (r.score() >= GOOD_SCORE && allOnTime) {
            return EvaluationLevel.GOOD;
        }
        if (r.score() >= COMPLETED_SCORE && fewLate) {
            return EvaluationLevel.COMPLETED;
        }
        return EvaluationLevel.NOT_COMPLETED;
    }

    /** Refuses a level better than the results allow, naming the rule and the level allowed. */
    static void check(EvaluationLevel level, Results results) {
        EvaluationLevel allowed = allowed(results);
        if (level.betterThan(allowed)) {
            throw refuse(
                    results.disqualified() ? "evaluation.level.disqualified" : "evaluation.level.above-allowed",
                    "level",
                    level.name(),
                    allowed.name());
        }
    }

    static DomainException refuse(String code, String field, Object... args) {
        return new DomainException(DomainException.Kind.RULE_VIOLATION, code, Map.of("rule", RULE), args)
                .onField(field);
    }

    private EvaluationLevelPolicy() {}
}

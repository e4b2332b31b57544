package vn.dangvu.duty.internal.evaluation;

import java.util.Map;
import java.util.Optional;
import vn.dangvu.duty.EvaluationLevel;

/**
 * Member standing, Charter Art. 8 and REGULATIONS §3.9 item 4 with §5.4: a member rated "not completed" in two
 * consecutive yearly evaluations is proposed for removal from the list ({@code
 * member.RemovalGround.FAILED_STANDING_TWO_YEARS}). Only yearly results count; quarterly and term ones do not.
 */
final class StandingPolicy {

    static final String RULE = "Điều lệ Đảng Điều 8; QĐ 366-QĐ/TW (2025)";

    private StandingPolicy() {}

    /** The latest second year of two consecutive yearly "not completed" results, if any. */
    static Optional<Integer> failedTwoYearsRunning(Map<Integer, EvaluationLevel> yearly) {
        return yearly.keySet().stream()
                .filter(y -> yearly.get(y) == EvaluationLevel.NOT_COMPLETED
                        && yearly.get(y - 1) == EvaluationLevel.NOT_COMPLETED)
                .max(Integer::compare);
    }
}

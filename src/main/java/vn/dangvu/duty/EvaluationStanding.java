package vn.dangvu.duty;

import java.util.UUID;
import vn.dangvu.member.RemovalGround;

/**
 * A member rated "not completed" two years running: proposed for removal from the list (REGULATIONS §3.9, Charter
 * Art. 8).
 *
 * @param memberId the member
 * @param memberName their name
 * @param orgUnitId the cell of the latest result
 * @param firstYear the first of the two years
 * @param secondYear the second
 * @param ground the removal ground
 * @param rule the regulation
 */
public record EvaluationStanding(
        UUID memberId,
        String memberName,
        long orgUnitId,
        int firstYear,
        int secondYear,
        RemovalGround ground,
        String rule) {}

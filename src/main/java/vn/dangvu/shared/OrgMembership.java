package vn.dangvu.shared;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Port through which the organisation tree counts and moves the members registered in its units, without depending
 * on the member module (which implements it, in the caller's transaction). "Active" members are those on a cell's
 * list (probationary, official, exempted, in transit); candidates for admission move with their cell too; members in a
 * terminal state keep their last unit for history and never move.
 */
public interface OrgMembership {

    /** Active and official members registered directly in each unit; units without active members are absent. */
    Map<Long, MemberCounts> countByUnit(Collection<Long> unitIds);

    /** How many of {@code memberIds} are active members registered in {@code unitId}, and how many are official. */
    MemberCounts countAmong(long unitId, Collection<UUID> memberIds);

    /**
     * Moves every active member of {@code fromUnitId} to {@code toUnitId}, noting the change in each member's
     * history as made by {@code changedBy}.
     *
     * @return how many members moved
     */
    int moveAll(long fromUnitId, long toUnitId, Decision decision, String changedBy);

    /**
     * Moves the given active members of {@code fromUnitId} to {@code toUnitId}; members not active there stay.
     *
     * @return how many members moved
     */
    int move(Collection<UUID> memberIds, long fromUnitId, long toUnitId, Decision decision, String changedBy);

    /**
     * The organisation's decision that moves the members, recorded as a dated step in each member's history.
     *
     * @param effectiveOn the day the change takes effect
     * @param number the decision's number
     * @param date the decision's date
     * @param issuer the issuing body
     */
    record Decision(java.time.LocalDate effectiveOn, String number, java.time.LocalDate date, String issuer) {}

    /**
     * Member counts.
     *
     * @param active members on the list (probationary, official, exempted, in transit)
     * @param official official members (đảng viên chính thức)
     */
    record MemberCounts(long active, long official) {

        public static final MemberCounts NONE = new MemberCounts(0, 0);

        public MemberCounts plus(MemberCounts other) {
            return new MemberCounts(active + other.active, official + other.official);
        }

        public MemberCounts minus(MemberCounts other) {
            return new MemberCounts(active - other.active, official - other.official);
        }
    }
}

package vn.dangvu.member;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member with their membership age on a day, as lists of other modules need it (badges).
 *
 * @param memberId the member
 * @param fullName full name
 * @param orgUnitId the member's cell
 * @param orgUnitName its name
 * @param status current status
 * @param age the membership age
 */
public record AgedMember(
        UUID memberId, String fullName, long orgUnitId, String orgUnitName, MemberStatus status, MembershipAge age) {

    /** The day of death, for a deceased member. */
    public java.time.@Nullable LocalDate diedOn() {
        return status == MemberStatus.DECEASED ? age.countedUntil() : null;
    }
}

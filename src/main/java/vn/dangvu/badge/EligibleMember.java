package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member on the list for an award occasion.
 *
 * @param memberId the member
 * @param fullName full name
 * @param orgUnitId the member's cell
 * @param orgUnitName its name
 * @param firstAdmittedOn date of the first admission decision
 * @param milestone the badge (years)
 * @param reachesOn the day the membership age reaches the milestone
 * @param years membership age on the occasion (on the day of death for the deceased): years
 * @param months … months
 * @param days … days
 * @param gapDays days not counted (periods out of activity)
 * @param early whether the age falls short of the milestone, so that only an early rule (illness, posthumous) allows
 *     the award
 * @param kind the kind of award that applies
 * @param diedOn day of death, for a posthumous award
 * @param proposal the pending proposal for this milestone, if any
 */
public record EligibleMember(
        UUID memberId,
        String fullName,
        long orgUnitId,
        String orgUnitName,
        LocalDate firstAdmittedOn,
        int milestone,
        LocalDate reachesOn,
        int years,
        int months,
        int days,
        long gapDays,
        boolean early,
        BadgeKind kind,
        @Nullable LocalDate diedOn,
        @Nullable BadgeAward proposal) {}

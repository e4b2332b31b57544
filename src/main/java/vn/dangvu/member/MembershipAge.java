package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member's membership age (tuổi đảng) on a day: counted from the first admission decision, less the periods out of
 * party activity (REGULATIONS §4.2; the rules are {@code internal.MembershipAgePolicy}'s). Only members recognised as
 * official have a membership age that counts for badges.
 *
 * @param memberId the member
 * @param asOf the day asked for
 * @param countedFrom the date of the first admission decision (not the ceremony)
 * @param countedUntil the last day counted: {@code asOf}, or the day of death, removal, expulsion, leaving or departure
 * @param official whether the member is recognised as official (only then does the age count for badges)
 * @param years full years
 * @param months full months beyond the years
 * @param days days beyond the months
 * @param gapDays days subtracted for the gaps
 * @param gaps the periods out of party activity, oldest first
 * @param rule the regulation the count follows
 */
public record MembershipAge(
        UUID memberId,
        LocalDate asOf,
        LocalDate countedFrom,
        LocalDate countedUntil,
        boolean official,
        int years,
        int months,
        int days,
        long gapDays,
        List<Gap> gaps,
        String rule) {

    public MembershipAge {
        gaps = List.copyOf(gaps);
    }

    /** Full months of membership age. */
    public int totalMonths() {
        return years * 12 + months;
    }

    /**
     * The day on which the age reaches {@code months} full months, with the gaps known on {@link #asOf} (a gap still
     * open is taken to end on that day): the day the months end from the decision, moved later by the days of every gap
     * that began before it. A month that lacks the day of the decision ends on its last day (29/2 + 1 year → 28/2).
     */
    public LocalDate reachesOn(int months) {
        LocalDate on = countedFrom.plusMonths(months);
        for (Gap gap : gaps) {
            if (gap.from().isBefore(on)) {
                on = on.plusDays(gap.days());
            }
        }
        return on;
    }

    /**
     * A period out of party activity, not counted.
     *
     * @param kind why
     * @param from first day not counted
     * @param until first day counted again (exclusive)
     * @param days length in days
     * @param rule the regulation that excludes it
     */
    public record Gap(GapKind kind, LocalDate from, LocalDate until, long days, String rule) {}

    /** Why a period is not counted. */
    public enum GapKind {
        /** Xóa tên until re-admission. */
        REMOVED,
        /** Khai trừ until re-admission. */
        EXPELLED,
        /** Xin ra khỏi Đảng until re-admission. */
        LEFT,
        /** Chuyển sinh hoạt: the time in transit beyond the period allowed to present the introduction letter. */
        TRANSIT,
        /** Mất liên lạc, không sinh hoạt: a period recorded by the organisation staff. */
        OUT_OF_CONTACT
    }
}

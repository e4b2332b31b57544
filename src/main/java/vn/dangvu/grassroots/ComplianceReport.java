package vn.dangvu.grassroots;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The grassroots-work compliance of the members of one committee over a period.
 *
 * @param committeeUnitId the committee's unit
 * @param committeeUnitName its name
 * @param from first day of the period
 * @param to last day of the period
 * @param workingDays working days of the period (holiday calendar)
 * @param minimumShare the minimum share of working days at the grassroots, e.g. {@code 1/3}
 * @param requiredDays grassroots days that share makes over the period
 * @param cellMeetingsPerYear residential cell meetings a member attends a year
 * @param cellMeetingsRequired that count for the months of the period
 * @param receptionDaysPerMonth reception days a head holds a month at the committee's level, or {@code null} when
 *     the level has none
 * @param rules the regulations applied
 * @param members one row per member
 */
public record ComplianceReport(
        long committeeUnitId,
        String committeeUnitName,
        LocalDate from,
        LocalDate to,
        int workingDays,
        String minimumShare,
        double requiredDays,
        int cellMeetingsPerYear,
        double cellMeetingsRequired,
        @Nullable Integer receptionDaysPerMonth,
        List<String> rules,
        List<MemberCompliance> members) {

    /**
     * One member's figures.
     *
     * @param committeeMemberId the appointment
     * @param memberId the member
     * @param fullName their name
     * @param head whether they head the committee
     * @param visits visits logged in the period
     * @param grassrootsDays working days at the grassroots (a half day counts 0.5, a day at most 1)
     * @param share grassroots days over working days
     * @param underMinimum whether the share is under the minimum
     * @param cellMeetings residential cell meetings attended (visits to attend a cell meeting of an assigned unit,
     *     and meetings of assigned units attended as a guest)
     * @param cellMeetingsShort whether fewer than required
     * @param receptionDays reception days held, for a head at a level that has them; otherwise {@code null}
     * @param receptionDaysRequired reception days required over the period, or {@code null}
     * @param receptionShort whether fewer than required
     * @param compliant whether no flag is raised
     */
    public record MemberCompliance(
            UUID committeeMemberId,
            UUID memberId,
            String fullName,
            boolean head,
            int visits,
            double grassrootsDays,
            double share,
            boolean underMinimum,
            int cellMeetings,
            boolean cellMeetingsShort,
            @Nullable Integer receptionDays,
            @Nullable Integer receptionDaysRequired,
            boolean receptionShort,
            boolean compliant) {}
}

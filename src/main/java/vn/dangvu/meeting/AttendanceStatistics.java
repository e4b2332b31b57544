package vn.dangvu.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Attendance at the meetings held in a period, over a subtree (HD 12-HD/BTCTW 2018 quality criteria).
 *
 * @param unitId the subtree's root
 * @param from first day
 * @param to last day
 * @param minimumRate the attendance rate below which a cell or member is flagged (percent)
 * @param maxConsecutiveAbsences more consecutive absences than this flag a member
 * @param total the subtree rolled up
 * @param cells one row per cell that held meetings
 * @param members one row per member invited (for a single cell, or the flagged members of a larger subtree)
 */
public record AttendanceStatistics(
        long unitId,
        LocalDate from,
        LocalDate to,
        int minimumRate,
        int maxConsecutiveAbsences,
        UnitAttendance total,
        List<UnitAttendance> cells,
        List<MemberAttendance> members) {

    /**
     * Attendance of a unit.
     *
     * @param unitId the unit
     * @param unitName its name
     * @param held meetings held
     * @param expected member attendances expected (exempted members absent are not expected)
     * @param present member attendances
     * @param rate present / expected in percent, one decimal
     * @param flagged rate below the minimum
     */
    public record UnitAttendance(
            long unitId, String unitName, int held, int expected, int present, double rate, boolean flagged) {}

    /**
     * Attendance of a member.
     *
     * @param memberId the member
     * @param fullName name
     * @param unitId their cell
     * @param invited meetings they were invited to
     * @param present meetings attended
     * @param rate percent
     * @param consecutiveAbsences the longest run of absences (exempted members: 0)
     * @param flagged more consecutive absences than allowed (the 85 % criterion is the cell's)
     */
    public record MemberAttendance(
            UUID memberId,
            String fullName,
            long unitId,
            int invited,
            int present,
            double rate,
            int consecutiveAbsences,
            boolean flagged) {}
}

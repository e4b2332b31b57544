package vn.dangvu.meeting.internal;

import java.util.List;
import vn.dangvu.meeting.Attendance;

/**
 * Attendance quality criteria of a cell's meetings — HD 12-HD/BTCTW 06/7/2018 (REGULATIONS §7.1): attendance above 85
 * %; no member absent more than 3 consecutive times in the year, exempted members excluded. The 2018 figures are old,
 * so both are settings ({@code dangvu.meeting.attendance-minimum-rate}, {@code
 * dangvu.meeting.max-consecutive-absences}).
 */
final class AttendancePolicy {

    static final String RULE = "HD 12-HD/BTCTW 06/7/2018";

    private final int minimumRate;
    private final int maxConsecutiveAbsences;

    AttendancePolicy(int minimumRate, int maxConsecutiveAbsences) {
        this.minimumRate = minimumRate;
        this.maxConsecutiveAbsences = maxConsecutiveAbsences;
    }

    /** Percent with one decimal; 100 when nobody was expected. */
    static double rate(int present, int expected) {
        return expected == 0 ? 100.0 : Math.round(1000.0 * present / expected) / 10.0;
    }

    boolean rateFlagged(int present, int expected) {
        return expected > 0 && rate(present, expected) < minimumRate;
    }

    /** The longest run of absences (excused or not) in meetings in date order; a meeting not taken breaks no run. */
    static int longestAbsenceRun(List<Attendance> inOrder) {
        int longest = 0;
        int run = 0;
        for (Attendance a : inOrder) {
            if (a == Attendance.PRESENT) {
                run = 0;
            } else {
                run++;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    boolean absencesFlagged(int longestRun, boolean exempted) {
        return !exempted && longestRun > maxConsecutiveAbsences;
    }

    int minimumRate() {
        return minimumRate;
    }

    int maxConsecutiveAbsences() {
        return maxConsecutiveAbsences;
    }
}

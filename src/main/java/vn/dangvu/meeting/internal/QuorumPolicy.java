package vn.dangvu.meeting.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import vn.dangvu.meeting.Attendance;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.member.MemberStatus;

/**
 * Quorum and validity of a cell meeting's resolution — Party Charter Art. 9(5) and QĐ 24-QĐ/TW §9.3 (REGULATIONS
 * §7.1). The base is the official members summoned, less those temporarily active elsewhere, suspended, prosecuted or
 * detained, and those absent for the whole meeting with an approved reason; exempted members are out of the base
 * unless they attend (then they count and vote). Probationary members and guests never count. The meeting is quorate
 * and a resolution passes with MORE than half of the base — exactly half is not enough.
 */
public final class QuorumPolicy {

    static final String RULE = "Điều lệ Đảng Điều 9(5); QĐ 24-QĐ/TW §9.3";

    private QuorumPolicy() {}

    /**
     * One person summoned.
     *
     * @param status the member's status when invited; {@code null} for a guest
     * @param attendance their attendance, {@code null} while not taken (counted as not present)
     * @param exclusion why an official member is out of the base
     */
    record Summoned(
            @Nullable MemberStatus status,
            @Nullable Attendance attendance,
            @Nullable BaseExclusion exclusion) {

        boolean present() {
            return attendance == Attendance.PRESENT;
        }

        boolean inBase() {
            if (status == MemberStatus.EXEMPTED) {
                return present();
            }
            return status == MemberStatus.OFFICIAL && exclusion == null && attendance != Attendance.ABSENT_EXCUSED;
        }
    }

    /**
     * The outcome.
     *
     * @param base the quorum base
     * @param votersPresent members of the base present
     * @param quorate more than half of the base present
     * @param resolutionValid more than half of the base in favour
     */
    record Result(int base, int votersPresent, boolean quorate, boolean resolutionValid) {}

    static Result evaluate(Collection<Summoned> summoned, int votesFor) {
        int base = 0;
        int present = 0;
        for (Summoned s : summoned) {
            if (s.inBase()) {
                base++;
                if (s.present()) {
                    present++;
                }
            }
        }
        return new Result(base, present, moreThanHalf(present, base), moreThanHalf(votesFor, base));
    }

    static boolean moreThanHalf(int count, int base) {
        return base > 0 && 2L * count > base;
    }
}

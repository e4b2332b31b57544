package vn.dangvu.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.meeting.Attendance;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.member.MemberStatus;

/** The meeting rules of REGULATIONS §7 with their sources. */
class MeetingPoliciesTests {

    private static final Instant START = Instant.parse("2026-03-10T01:00:00Z");

    @ParameterizedTest(name = "HD 42-HD/BTCTW 2025: {0} of {1} minutes is short: {2}")
    @CsvSource({
        "REGULAR, 89, true",
        "REGULAR, 90, false",
        "EXTRAORDINARY, 90, false",
        "THEMATIC, 119, true",
        "COMBINED, 119, true",
        "COMBINED, 120, false"
    })
    void meetingsLastAtLeast90MinutesOr120WithAThematicPart_HD42(MeetingKind kind, int minutes, boolean short_) {
        assertThat(MeetingDurationPolicy.tooShort(kind, START, START.plusSeconds(60L * minutes)))
                .isEqualTo(short_);
        assertThat(MeetingDurationPolicy.minimumMinutes(kind)).isEqualTo(kind.hasThematicPart() ? 120 : 90);
    }

    @Test
    void materialsArePublishedAtLeastOneDayBefore_HD42() {
        Instant dayBefore = START.minusSeconds(24 * 3600);
        Instant early = START.minusSeconds(3 * 24 * 3600);
        assertThat(MaterialsNoticePolicy.late(dayBefore, START, early))
                .as("exactly one day before")
                .isFalse();
        assertThat(MaterialsNoticePolicy.late(dayBefore.plusSeconds(1), START, early))
                .isTrue();
        assertThat(MaterialsNoticePolicy.late(null, START, early))
                .as("unpublished, still in time")
                .isFalse();
        assertThat(MaterialsNoticePolicy.late(null, START, dayBefore.plusSeconds(1)))
                .as("unpublished after the deadline")
                .isTrue();
    }

    private static QuorumPolicy.Summoned s(
            MemberStatus status, @Nullable Attendance attendance, @Nullable BaseExclusion exclusion) {
        return new QuorumPolicy.Summoned(status, attendance, exclusion);
    }

    private static List<QuorumPolicy.Summoned> officials(int present, int absent) {
        List<QuorumPolicy.Summoned> all = new ArrayList<>();
        all.addAll(Collections.nCopies(present, s(MemberStatus.OFFICIAL, Attendance.PRESENT, null)));
        all.addAll(Collections.nCopies(absent, s(MemberStatus.OFFICIAL, Attendance.ABSENT_UNEXCUSED, null)));
        return all;
    }

    @Test
    void theBaseLeavesOutTheExclusionsOfQd24_9_3() {
        List<QuorumPolicy.Summoned> all = new ArrayList<>(officials(5, 1));
        all.add(s(MemberStatus.OFFICIAL, Attendance.ABSENT_UNEXCUSED, BaseExclusion.TEMPORARILY_ELSEWHERE));
        all.add(s(MemberStatus.OFFICIAL, null, BaseExclusion.SUSPENDED));
        all.add(s(MemberStatus.OFFICIAL, Attendance.ABSENT_UNEXCUSED, BaseExclusion.PROSECUTED));
        all.add(s(MemberStatus.OFFICIAL, Attendance.ABSENT_EXCUSED, null));
        all.add(s(MemberStatus.EXEMPTED, Attendance.ABSENT_EXCUSED, null));
        all.add(s(MemberStatus.EXEMPTED, null, null));
        all.add(s(MemberStatus.PROBATIONARY, Attendance.PRESENT, null));
        all.add(new QuorumPolicy.Summoned(null, Attendance.PRESENT, null));
        QuorumPolicy.Result result = QuorumPolicy.evaluate(all, 4);
        assertThat(result.base())
                .as("6 officials; exclusions, exempted absent, probationary and guest out")
                .isEqualTo(6);
        assertThat(result.votersPresent()).isEqualTo(5);
        assertThat(result.quorate()).isTrue();
        assertThat(result.resolutionValid()).as("4 of 6").isTrue();
    }

    @Test
    void anExemptedMemberWhoAttendsCountsInTheBase_Charter9_5() {
        List<QuorumPolicy.Summoned> all = new ArrayList<>(officials(2, 2));
        all.add(s(MemberStatus.EXEMPTED, Attendance.PRESENT, null));
        QuorumPolicy.Result result = QuorumPolicy.evaluate(all, 3);
        assertThat(result.base()).isEqualTo(5);
        assertThat(result.votersPresent()).isEqualTo(3);
        assertThat(result.resolutionValid()).as("3 of 5 is more than half").isTrue();
    }

    @ParameterizedTest(name = "Charter Art. 9(5): {0} for of a base of {1} passes: {2}")
    @CsvSource({"5, 10, false", "6, 10, true", "4, 7, true", "3, 7, false", "1, 1, true", "1, 2, false", "0, 0, false"})
    void aResolutionNeedsMoreThanHalfOfTheBase(int votesFor, int base, boolean passes) {
        QuorumPolicy.Result result = QuorumPolicy.evaluate(officials(base, 0), votesFor);
        assertThat(result.resolutionValid()).isEqualTo(passes);
    }

    @Test
    void exactlyHalfPresentIsNotQuorate() {
        assertThat(QuorumPolicy.evaluate(officials(4, 4), 4).quorate()).isFalse();
        assertThat(QuorumPolicy.evaluate(officials(5, 4), 5).quorate()).isTrue();
    }

    @Test
    void attendanceBelow85PercentAndMoreThan3AbsencesInARowAreFlagged_HD12_2018() {
        AttendancePolicy policy = new AttendancePolicy(85, 3);
        assertThat(AttendancePolicy.rate(17, 20)).isEqualTo(85.0);
        assertThat(policy.rateFlagged(17, 20)).isFalse();
        assertThat(policy.rateFlagged(16, 20)).isTrue();
        assertThat(policy.rateFlagged(0, 0)).as("nobody expected").isFalse();
        Attendance p = Attendance.PRESENT;
        Attendance a = Attendance.ABSENT_EXCUSED;
        Attendance u = Attendance.ABSENT_UNEXCUSED;
        assertThat(AttendancePolicy.longestAbsenceRun(List.of(a, a, a, p, u, a)))
                .isEqualTo(3);
        assertThat(AttendancePolicy.longestAbsenceRun(List.of(p, a, u, a, a, p)))
                .isEqualTo(4);
        assertThat(policy.absencesFlagged(3, false)).isFalse();
        assertThat(policy.absencesFlagged(4, false)).isTrue();
        assertThat(policy.absencesFlagged(6, true))
                .as("exempted members excluded")
                .isFalse();
    }

    @Test
    void schedulesGiveDayNOrTheNthWeekday() {
        YearMonth march = YearMonth.of(2026, 3);
        assertThat(ScheduleRule.dayIn(march, 5, null, null)).hasDayOfMonth(5);
        assertThat(ScheduleRule.dayIn(march, null, 1, 2)).as("first Tuesday").hasDayOfMonth(3);
        assertThat(ScheduleRule.dayIn(march, null, -1, 5)).as("last Friday").hasDayOfMonth(27);
        assertThat(ScheduleRule.valid(29, null, null)).isFalse();
        assertThat(ScheduleRule.valid(null, 5, 2)).isFalse();
        assertThat(ScheduleRule.valid(3, 1, 2)).isFalse();
        assertThat(ScheduleRule.valid(null, -1, 7)).isTrue();
    }
}

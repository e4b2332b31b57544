package vn.dangvu.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangvu.programme.IndicatorDirection;
import vn.dangvu.programme.IndicatorStatus;

/**
 * The indicator rule of {@link IndicatorStatusPolicy} (no regulation fixes it; the committee's reviews count
 * indicators "cơ bản đạt"): met whenever the target is reached; not met once the period is over; otherwise linear
 * expected progress from the baseline with a tolerance of {@value IndicatorStatusPolicy#TOLERANCE_POINTS} points.
 */
class IndicatorStatusPolicyTests {

    private final IndicatorStatusPolicy policy = new IndicatorStatusPolicy();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    /** Half the period (181 of 364 days). */
    private static final LocalDate MID = LocalDate.of(2026, 7, 1);

    private static IndicatorStatusPolicy.Definition atLeast(String baseline, String target) {
        return new IndicatorStatusPolicy.Definition(
                IndicatorDirection.AT_LEAST, new BigDecimal(baseline), new BigDecimal(target), null, FROM, TO);
    }

    private static IndicatorStatusPolicy.Reading value(String v) {
        return new IndicatorStatusPolicy.Reading(new BigDecimal(v), null);
    }

    @Test
    void nothingReportedIsNotReported() {
        var a = policy.assess(atLeast("80", "90"), null, MID);
        assertThat(a.status()).isEqualTo(IndicatorStatus.NOT_REPORTED);
        assertThat(a.progress()).isNull();
        assertThat(a.rule()).contains("Chưa có số liệu");
    }

    @Test
    void reachingTheTargetIsMetAtAnyTime() {
        var a = policy.assess(atLeast("80", "90"), value("91"), MID);
        assertThat(a.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(a.progress()).isEqualTo(100);
        assertThat(a.rule()).contains("Đạt").contains("đạt từ 90 trở lên");
    }

    @Test
    void halfwayThroughTheYearHalfTheWayIsOnTrackWithTenPointsOfTolerance() {
        assertThat(policy.assess(atLeast("80", "90"), value("85"), MID).status())
                .isEqualTo(IndicatorStatus.ON_TRACK);
        // 40% of the way when 49% is expected: within 10 points.
        assertThat(policy.assess(atLeast("80", "90"), value("84"), MID).status())
                .isEqualTo(IndicatorStatus.ON_TRACK);
        // 30% of the way when 49% is expected: behind.
        var behind = policy.assess(atLeast("80", "90"), value("83"), MID);
        assertThat(behind.status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(behind.progress()).isEqualTo(30);
        assertThat(behind.expected()).isEqualTo(49);
        assertThat(behind.rule()).contains("tuyến tính").contains("49%");
    }

    @Test
    void afterThePeriodAMissedTargetIsNotMet() {
        var a = policy.assess(atLeast("80", "90"), value("89"), LocalDate.of(2027, 1, 5));
        assertThat(a.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(a.rule()).contains("hết kỳ ngày 31/12/2026");
    }

    @Test
    void atMostIsMetAtOrBelowTheTargetAndProgressCountsDownward() {
        var def = new IndicatorStatusPolicy.Definition(
                IndicatorDirection.AT_MOST, new BigDecimal("2.0"), new BigDecimal("1.0"), null, FROM, TO);
        assertThat(policy.assess(def, value("1.0"), MID).status()).isEqualTo(IndicatorStatus.MET);
        var halfway = policy.assess(def, value("1.5"), MID);
        assertThat(halfway.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(halfway.progress()).isEqualTo(50);
        assertThat(halfway.rule()).contains("không quá 1");
        assertThat(policy.assess(def, value("2.1"), MID).status()).isEqualTo(IndicatorStatus.AT_RISK);
    }

    @Test
    void exactlyIsMetOnlyAtTheTarget() {
        var def = new IndicatorStatusPolicy.Definition(
                IndicatorDirection.EXACTLY, new BigDecimal("90"), new BigDecimal("100"), null, FROM, TO);
        assertThat(policy.assess(def, value("100"), MID).status()).isEqualTo(IndicatorStatus.MET);
        assertThat(policy.assess(def, value("99"), TO.plusDays(1)).status()).isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void byDateIsMetWhenAchievedInTimeAndJudgedByReportedPercentBefore() {
        LocalDate due = LocalDate.of(2026, 6, 30);
        var def =
                new IndicatorStatusPolicy.Definition(IndicatorDirection.BY_DATE, BigDecimal.ZERO, null, due, FROM, TO);
        var achieved = policy.assess(
                def, new IndicatorStatusPolicy.Reading(new BigDecimal("100"), LocalDate.of(2026, 6, 1)), MID);
        assertThat(achieved.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(achieved.rule()).contains("01/06/2026").contains("30/06/2026");
        var onTrack = policy.assess(def, value("60"), LocalDate.of(2026, 4, 1));
        assertThat(onTrack.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(onTrack.expected()).as("90 of 180 days").isEqualTo(50);
        var late = policy.assess(def, value("90"), LocalDate.of(2026, 7, 2));
        assertThat(late.status()).isEqualTo(IndicatorStatus.NOT_MET);
        var achievedLate = policy.assess(
                def,
                new IndicatorStatusPolicy.Reading(new BigDecimal("100"), LocalDate.of(2026, 7, 1)),
                LocalDate.of(2026, 7, 2));
        assertThat(achievedLate.status()).isEqualTo(IndicatorStatus.NOT_MET);
    }
}

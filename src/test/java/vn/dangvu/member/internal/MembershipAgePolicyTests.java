package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MembershipAge;
import vn.dangvu.member.MembershipAge.GapKind;

/**
 * Membership age, REGULATIONS §4.2 (HD 01-HD/TW 2021 §18, HD 06-HD/TW 2025): the regulation's worked example and the
 * boundaries of gaps, re-admission, transfers and leap days. The calendar here knows weekends only.
 */
class MembershipAgePolicyTests {

    private static final UUID ID = UUID.randomUUID();
    private final MembershipAgePolicy policy = new MembershipAgePolicy(MembershipAgePolicyTests::weekdays, true);

    @Test
    void countsFromTheAdmissionDecisionNotTheCeremony_RegulationsExample() {
        // decision 26/7/2015, official 26/7/2016 → the age counts from 26/7/2015
        MembershipAge age = policy.age(input("2015-07-26", List.of()), LocalDate.of(2026, 3, 1));
        assertThat(age.countedFrom()).isEqualTo(LocalDate.of(2015, 7, 26));
        assertThat(ymd(age)).containsExactly(10, 7, 3);
        assertThat(age.reachesOn(30 * 12)).isEqualTo(LocalDate.of(2045, 7, 26));
        assertThat(ymd(policy.age(input("2015-07-26", List.of()), LocalDate.of(2045, 7, 26))))
                .containsExactly(30, 0, 0);
        assertThat(ymd(policy.age(input("2015-07-26", List.of()), LocalDate.of(2045, 7, 25))))
                .containsExactly(29, 11, 29);
    }

    @Test
    void aLeapDayDecisionReachesItsYearsOnThe28th_CivilCodeArt148() {
        MembershipAge age = policy.age(input("1996-02-29", List.of()), LocalDate.of(2026, 2, 28));
        assertThat(ymd(age)).containsExactly(30, 0, 0);
        assertThat(age.reachesOn(360)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ymd(policy.age(input("1996-02-29", List.of()), LocalDate.of(2026, 2, 27))))
                .containsExactly(29, 11, 29);
        assertThat(ymd(policy.age(input("1996-02-29", List.of()), LocalDate.of(2028, 2, 29))))
                .containsExactly(32, 0, 0);
    }

    @Test
    void reAdmissionKeepsTheFirstDecisionAndSubtractsTheTimeOutside_QD24_3_5_3() {
        List<MembershipAgePolicy.Step> steps = List.of(
                step(LifecycleEventKind.REMOVED, "2000-03-01"), step(LifecycleEventKind.READMITTED, "2002-03-01"));
        MembershipAge age = policy.age(input("1990-03-01", steps), LocalDate.of(2026, 3, 1));
        assertThat(age.countedFrom()).isEqualTo(LocalDate.of(1990, 3, 1));
        assertThat(age.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GapKind.REMOVED);
            assertThat(g.from()).isEqualTo(LocalDate.of(2000, 3, 1));
            assertThat(g.until()).isEqualTo(LocalDate.of(2002, 3, 1));
            assertThat(g.days()).isEqualTo(730);
        });
        assertThat(age.gapDays()).isEqualTo(730);
        // 36 years from the first decision less the 730 days outside
        assertThat(ymd(age)).containsExactly(34, 0, 0);
        assertThat(age.reachesOn(30 * 12)).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(age.reachesOn(5 * 12))
                .as("a milestone before the gap is not moved by it")
                .isEqualTo(LocalDate.of(1995, 3, 1));
    }

    @Test
    void expulsionAndLeavingAreGapsToo_andWithoutReAdmissionTheCountStops() {
        MembershipAge expelled = policy.age(
                input(
                        "1980-01-10",
                        List.of(
                                step(LifecycleEventKind.EXPELLED, "1990-01-10"),
                                step(LifecycleEventKind.READMITTED, "1991-01-10"))),
                LocalDate.of(2026, 3, 1));
        assertThat(expelled.gaps()).extracting(MembershipAge.Gap::kind).containsExactly(GapKind.EXPELLED);
        MembershipAge left = policy.age(
                input("1980-01-10", List.of(step(LifecycleEventKind.LEFT, "2010-01-10"))), LocalDate.of(2026, 3, 1));
        assertThat(left.countedUntil()).isEqualTo(LocalDate.of(2010, 1, 10));
        assertThat(ymd(left)).containsExactly(30, 0, 0);
        assertThat(left.gaps()).isEmpty();
    }

    @Test
    void deathStopsTheCount() {
        MembershipAge age = policy.age(
                input("1960-05-19", List.of(step(LifecycleEventKind.DIED, "2025-11-20"))), LocalDate.of(2026, 5, 19));
        assertThat(age.countedUntil()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(ymd(age)).containsExactly(65, 6, 1);
    }

    @Test
    void transitBeyondThirtyWorkingDaysIsAGap_QD294_6_3_1() {
        // out on Monday 05/01/2026: the 30 working days (weekends only) end on Monday 16/02/2026
        List<MembershipAgePolicy.Step> late = List.of(
                step(LifecycleEventKind.TRANSFER_OUT, "2026-01-05"),
                step(LifecycleEventKind.TRANSFER_RECEIVED, "2026-02-24"));
        MembershipAge age = policy.age(input("2000-01-01", late), LocalDate.of(2026, 3, 1));
        assertThat(age.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GapKind.TRANSIT);
            assertThat(g.from()).isEqualTo(LocalDate.of(2026, 2, 17));
            assertThat(g.until()).isEqualTo(LocalDate.of(2026, 2, 24));
            assertThat(g.days()).isEqualTo(7);
        });
        List<MembershipAgePolicy.Step> inTime = List.of(
                step(LifecycleEventKind.TRANSFER_OUT, "2026-01-05"),
                step(LifecycleEventKind.TRANSFER_RECEIVED, "2026-02-16"));
        assertThat(policy.age(input("2000-01-01", inTime), LocalDate.of(2026, 3, 1))
                        .gaps())
                .isEmpty();
        MembershipAge stillOnTheWay = policy.age(
                input("2000-01-01", List.of(step(LifecycleEventKind.TRANSFER_OUT, "2026-01-05"))),
                LocalDate.of(2026, 3, 1));
        assertThat(stillOnTheWay.gapDays()).as("open until the day asked for").isEqualTo(12);
        MembershipAgePolicy withoutTransitGaps = new MembershipAgePolicy(MembershipAgePolicyTests::weekdays, false);
        assertThat(withoutTransitGaps
                        .age(input("2000-01-01", late), LocalDate.of(2026, 3, 1))
                        .gaps())
                .as("the setting dangvu.membership-age.transit-gaps=false")
                .isEmpty();
    }

    @Test
    void recordedPeriodsOutOfContactAreSubtractedOnceWhereTheyOverlap() {
        MembershipAgePolicy.Input input = new MembershipAgePolicy.Input(
                ID,
                LocalDate.of(1990, 1, 1),
                true,
                null,
                List.of(
                        step(LifecycleEventKind.REMOVED, "2000-01-01"),
                        step(LifecycleEventKind.READMITTED, "2001-01-01")),
                List.of(new MembershipAgePolicy.Recorded(LocalDate.of(2000, 7, 1), LocalDate.of(2001, 7, 1))));
        MembershipAge age = policy.age(input, LocalDate.of(2026, 1, 1));
        assertThat(age.gaps())
                .extracting(MembershipAge.Gap::kind)
                .containsExactly(GapKind.REMOVED, GapKind.OUT_OF_CONTACT);
        assertThat(age.gaps().get(1).from()).isEqualTo(LocalDate.of(2001, 1, 1));
        assertThat(age.gapDays()).isEqualTo(366 + 181);
    }

    @Test
    void aRecordCarriedOverFromAnOlderRegisterStopsOnItsEndDate() {
        MembershipAgePolicy.Input input = new MembershipAgePolicy.Input(
                ID, LocalDate.of(1970, 9, 2), true, LocalDate.of(2020, 9, 2), List.of(), List.of());
        assertThat(ymd(policy.age(input, LocalDate.of(2026, 1, 1)))).containsExactly(50, 0, 0);
    }

    @Test
    void yearsMonthsAndDaysFollowCivilCodePeriods() {
        assertThat(MembershipAgePolicy.ymd(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)))
                .containsExactly(0, 1, 0);
        assertThat(MembershipAgePolicy.ymd(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1)))
                .containsExactly(0, 1, 1);
        assertThat(MembershipAgePolicy.ymd(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)))
                .containsExactly(0, 0, 0);
    }

    private static int[] ymd(MembershipAge age) {
        return new int[] {age.years(), age.months(), age.days()};
    }

    private static MembershipAgePolicy.Input input(String firstDecision, List<MembershipAgePolicy.Step> steps) {
        return new MembershipAgePolicy.Input(ID, LocalDate.parse(firstDecision), true, null, steps, List.of());
    }

    private static MembershipAgePolicy.Step step(LifecycleEventKind kind, String date) {
        return new MembershipAgePolicy.Step(kind, LocalDate.parse(date));
    }

    private static LocalDate weekdays(LocalDate start, int n) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}

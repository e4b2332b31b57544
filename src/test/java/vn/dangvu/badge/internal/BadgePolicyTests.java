package vn.dangvu.badge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.dangvu.badge.BadgeKind;
import vn.dangvu.badge.BadgeState;
import vn.dangvu.badge.SubmitBadge;
import vn.dangvu.member.AgeWindows;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MembershipAge;
import vn.dangvu.shared.DomainException;

/** Party badges, REGULATIONS §4.1 (HD 01-HD/TW 2021 §18, HD 06-HD/TW 2025): milestones, occasions, early rules. */
class BadgePolicyTests {

    private static final LocalDate MAY_19 = LocalDate.of(2026, 5, 19);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void theFourOccasionsFollowEachOther_HD01_18() {
        assertThat(BadgePolicy.nextOccasions(TODAY, 4))
                .containsExactly(
                        LocalDate.of(2026, 5, 19),
                        LocalDate.of(2026, 9, 2),
                        LocalDate.of(2026, 11, 7),
                        LocalDate.of(2027, 2, 3));
        assertThat(BadgePolicy.nextOccasions(LocalDate.of(2026, 2, 3), 1)).containsExactly(LocalDate.of(2026, 2, 3));
        assertThat(BadgePolicy.isOccasion(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(BadgePolicy.isOccasion(LocalDate.of(2026, 9, 3))).isFalse();
        assertThat(BadgePolicy.MILESTONES).containsExactly(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    }

    @Test
    void eligibleWhenTheAgeOnTheOccasionReachesTheMilestone() {
        assertThat(listing(living("1996-05-19"), false)).hasValueSatisfying(l -> {
            assertThat(l.milestone()).isEqualTo(30);
            assertThat(l.kind()).isEqualTo(BadgeKind.NORMAL);
            assertThat(l.early()).isFalse();
            assertThat(l.reachesOn()).isEqualTo(MAY_19);
        });
        assertThat(listing(living("1996-05-20"), false)).as("one day short").isEmpty();
        assertThat(listing(living("1976-05-19"), false).map(BadgePolicy.Listing::milestone))
                .hasValue(50);
        assertThat(listing(living("1981-05-19"), false).map(BadgePolicy.Listing::milestone))
                .as("45 years")
                .hasValue(45);
    }

    @Test
    void gapsMoveTheMilestoneLater() {
        MembershipAge age = age("1995-05-19", List.of(gap("2000-01-01", "2001-01-01")), null);
        assertThat(listing(member(age, MemberStatus.OFFICIAL), false)).isEmpty();
        assertThat(age.reachesOn(360)).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void aMemberStaysListedForTheBacklogThenDropsOff() {
        assertThat(listing(living("1995-05-20"), false))
                .as("reached 20/05/2025")
                .isPresent();
        assertThat(listing(living("1995-05-19"), false))
                .as("reached 12 months before the occasion")
                .isEmpty();
        assertThat(listing(living("1980-01-01"), false))
                .as("40 years long past, 50 not reached")
                .isEmpty();
    }

    @Test
    void alreadyAwardedMilestonesAreNotListedAgain() {
        AgedMember member = living("1996-05-19");
        assertThat(BadgePolicy.listing(member, MAY_19, false, 12, List.of(30))).isEmpty();
        assertThat(BadgePolicy.listing(member, MAY_19, false, 12, List.of(40))).isEmpty();
    }

    @Test
    void seriouslyIllMembersMayBeListed12MonthsEarlyUpTo65And24MonthsFrom70_HD01_18() {
        // 65 years reached 18/05/2027: 12 months early covers occasions from 18/05/2026 on
        assertThat(listing(living("1962-05-18"), true)).hasValueSatisfying(l -> {
            assertThat(l.milestone()).isEqualTo(65);
            assertThat(l.early()).isTrue();
            assertThat(l.kind()).isEqualTo(BadgeKind.ILLNESS);
        });
        assertThat(listing(living("1962-05-20"), true))
                .as("65 years more than 12 months away")
                .isEmpty();
        assertThat(listing(living("1958-05-19"), true).map(BadgePolicy.Listing::milestone))
                .as("70 years reached 19/05/2028: 24 months early")
                .hasValue(70);
        assertThat(listing(living("1958-05-20"), true)).isEmpty();
        assertThat(listing(living("1962-05-18"), false))
                .as("only when early cases are asked for")
                .isEmpty();
    }

    @Test
    void deceasedMembersAreListedForAPosthumousAwardUpTo12MonthsEarly_HD01_18() {
        MembershipAge reached = age("1995-06-01", List.of(), "2026-01-10");
        assertThat(listing(member(reached, MemberStatus.DECEASED), false)).hasValueSatisfying(l -> {
            assertThat(l.milestone()).isEqualTo(30);
            assertThat(l.kind()).isEqualTo(BadgeKind.POSTHUMOUS);
            assertThat(l.early()).isFalse();
        });
        MembershipAge short11Months = age("1996-12-10", List.of(), "2026-01-10");
        assertThat(listing(member(short11Months, MemberStatus.DECEASED), true)).hasValueSatisfying(l -> {
            assertThat(l.kind()).isEqualTo(BadgeKind.POSTHUMOUS);
            assertThat(l.early()).isTrue();
        });
        assertThat(listing(member(short11Months, MemberStatus.DECEASED), false)).isEmpty();
        MembershipAge short13Months = age("1997-02-10", List.of(), "2026-01-10");
        assertThat(listing(member(short13Months, MemberStatus.DECEASED), true)).isEmpty();
        MembershipAge longAgo = age("1960-01-01", List.of(), "2020-01-10");
        assertThat(listing(member(longAgo, MemberStatus.DECEASED), true))
                .as("died before the backlog")
                .isEmpty();
    }

    @Test
    void theSqlWindowsNeverDropAMemberTheExactCheckLists() {
        List<LocalDate> dropped = new java.util.ArrayList<>();
        int listed = 0;
        for (boolean early : List.of(false, true)) {
            AgeWindows windows = BadgePolicy.windows(MAY_19, early, 12);
            for (LocalDate first = LocalDate.of(1930, 1, 1);
                    first.isBefore(LocalDate.of(2000, 1, 1));
                    first = first.plusDays(1)) {
                LocalDate day = first;
                if (BadgePolicy.listing(living(day.toString()), MAY_19, early, 12, List.of())
                        .isPresent()) {
                    listed++;
                    if (windows.ranges().stream().noneMatch(r -> !day.isBefore(r.from()) && !day.isAfter(r.to()))) {
                        dropped.add(day);
                    }
                }
            }
        }
        assertThat(listed).isGreaterThan(2 * 12 * 365);
        assertThat(dropped).isEmpty();
    }

    @Test
    void aNormalAwardNeedsTheMilestoneReached() {
        DomainException e = refused(submit(30, BadgeKind.NORMAL, BadgeState.PROPOSED, null), living("1996-05-20"));
        assertThat(e.code()).isEqualTo("badge.age.not-reached");
        assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(e.properties().get("rule").toString()).contains("HD 01-HD/TW");
        assertThat(e.field()).isEqualTo("milestone");
        BadgePolicy.check(
                submit(30, BadgeKind.NORMAL, BadgeState.PROPOSED, null), living("1996-05-19"), null, 0, TODAY);
    }

    @Test
    void anEarlyAwardForIllnessNeedsAReasonAndStaysWithinItsMonths() {
        AgedMember tenMonthsShort = living("1996-07-19");
        assertThat(refused(submit(30, BadgeKind.ILLNESS, BadgeState.PROPOSED, null), tenMonthsShort)
                        .field())
                .isEqualTo("reason");
        BadgePolicy.check(
                submit(30, BadgeKind.ILLNESS, BadgeState.PROPOSED, "Ốm nặng, đang điều trị dài ngày"),
                tenMonthsShort,
                null,
                0,
                TODAY);
        DomainException tooEarly =
                refused(submit(30, BadgeKind.ILLNESS, BadgeState.PROPOSED, "Ốm nặng"), living("1997-06-19"));
        assertThat(tooEarly.code()).isEqualTo("badge.age.too-early");
        assertThat(tooEarly.properties().get("rule").toString()).contains("trao sớm");
        BadgePolicy.check(
                submit(70, BadgeKind.ILLNESS, BadgeState.PROPOSED, "Ốm nặng"), living("1958-05-19"), null, 0, TODAY);
    }

    @Test
    void posthumousAwardsAreForTheDeceasedOnly() {
        AgedMember deceased = member(age("1996-12-10", List.of(), "2026-01-10"), MemberStatus.DECEASED);
        BadgePolicy.check(
                submit(30, BadgeKind.POSTHUMOUS, BadgeState.PROPOSED, "Gia đình đề nghị"), deceased, null, 0, TODAY);
        assertThat(refused(submit(30, BadgeKind.NORMAL, BadgeState.PROPOSED, null), deceased)
                        .code())
                .isEqualTo("badge.kind.posthumous-required");
        assertThat(refused(submit(30, BadgeKind.POSTHUMOUS, BadgeState.PROPOSED, "x"), living("1990-01-01"))
                        .code())
                .isEqualTo("badge.kind.posthumous-living");
        AgedMember tooFar = member(age("1997-02-10", List.of(), "2026-01-10"), MemberStatus.DECEASED);
        assertThat(refused(submit(30, BadgeKind.POSTHUMOUS, BadgeState.PROPOSED, "x"), tooFar)
                        .code())
                .isEqualTo("badge.age.too-early-posthumous");
    }

    @Test
    void onlyOfficialActiveMembersOnOccasionDaysForRealMilestones() {
        AgedMember probationary = member(
                new MembershipAge(
                        UUID.randomUUID(),
                        MAY_19,
                        LocalDate.of(1990, 1, 1),
                        MAY_19,
                        false,
                        36,
                        4,
                        18,
                        0,
                        List.of(),
                        ""),
                MemberStatus.PROBATIONARY);
        assertThat(refused(submit(30, BadgeKind.NORMAL, BadgeState.PROPOSED, null), probationary)
                        .code())
                .isEqualTo("badge.member.not-official");
        assertThat(refused(
                                submit(30, BadgeKind.NORMAL, BadgeState.PROPOSED, null),
                                member(age("1990-01-01", List.of(), null), MemberStatus.REMOVED))
                        .code())
                .isEqualTo("badge.member.not-active");
        assertThat(refused(submit(35, BadgeKind.NORMAL, BadgeState.PROPOSED, null), living("1980-01-01"))
                        .kind())
                .isEqualTo(DomainException.Kind.BAD_REQUEST);
        SubmitBadge wrongDay = new SubmitBadge(
                UUID.randomUUID(),
                30,
                LocalDate.of(2026, 5, 20),
                BadgeKind.NORMAL,
                BadgeState.PROPOSED,
                null,
                null,
                null,
                null,
                null);
        assertThat(refused(wrongDay, living("1990-01-01")).code()).isEqualTo("badge.occasion.invalid");
    }

    @Test
    void anAwardNeedsItsDecisionAndIsNotRecordedTwice() {
        AgedMember member = living("1996-05-19");
        assertThat(refused(submit(30, BadgeKind.NORMAL, BadgeState.AWARDED, null), member)
                        .field())
                .isEqualTo("decisionNumber");
        SubmitBadge award = new SubmitBadge(
                member.memberId(),
                30,
                MAY_19,
                BadgeKind.NORMAL,
                BadgeState.AWARDED,
                null,
                "15-QĐ/ĐU",
                LocalDate.of(2026, 2, 20),
                "Đảng ủy phường",
                null);
        BadgePolicy.check(award, member, new BadgePolicy.Existing(1, BadgeState.PROPOSED, 0), 0, TODAY);
        DomainException twice = catchThrowableOfType(
                DomainException.class,
                () -> BadgePolicy.check(award, member, new BadgePolicy.Existing(1, BadgeState.AWARDED, 1), 0, TODAY));
        assertThat(twice.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThatThrownBy(() -> BadgePolicy.check(award, member, null, 40, TODAY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("badge.award.higher"));
    }

    private static Optional<BadgePolicy.Listing> listing(AgedMember member, boolean early) {
        return BadgePolicy.listing(member, MAY_19, early, 12, List.of());
    }

    private static DomainException refused(SubmitBadge command, AgedMember member) {
        return catchThrowableOfType(DomainException.class, () -> BadgePolicy.check(command, member, null, 0, TODAY));
    }

    private static SubmitBadge submit(int milestone, BadgeKind kind, BadgeState state, @Nullable String reason) {
        return new SubmitBadge(UUID.randomUUID(), milestone, MAY_19, kind, state, reason, null, null, null, null);
    }

    private static AgedMember living(String firstDecision) {
        return member(age(firstDecision, List.of(), null), MemberStatus.OFFICIAL);
    }

    private static AgedMember member(MembershipAge age, MemberStatus status) {
        return new AgedMember(age.memberId(), "Nguyễn Văn An", 7, "Chi bộ 1", status, age);
    }

    /** An age as the member module counts it (years, months, days are not used by the badge rules). */
    private static MembershipAge age(String firstDecision, List<MembershipAge.Gap> gaps, @Nullable String diedOn) {
        LocalDate until = diedOn == null ? MAY_19 : LocalDate.parse(diedOn);
        long gapDays = gaps.stream().mapToLong(MembershipAge.Gap::days).sum();
        return new MembershipAge(
                UUID.randomUUID(), MAY_19, LocalDate.parse(firstDecision), until, true, 0, 0, 0, gapDays, gaps, "");
    }

    private static MembershipAge.Gap gap(String from, String until) {
        LocalDate f = LocalDate.parse(from);
        LocalDate u = LocalDate.parse(until);
        return new MembershipAge.Gap(MembershipAge.GapKind.REMOVED, f, u, ChronoUnit.DAYS.between(f, u), "");
    }
}

package vn.dangvu.election.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.election.BallotForm;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionCheck;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.VoterExclusion;
import vn.dangvu.election.VoterKind;
import vn.dangvu.election.internal.ElectorateBasePolicy.Entry;
import vn.dangvu.election.internal.WinnerPolicy.Count;
import vn.dangvu.election.internal.WinnerPolicy.Outcome;

/** The election rules of QĐ 190-QĐ/TW (REGULATIONS §8) on their worked examples. */
class ElectionRulesTests {

    private final CandidateSurplusPolicy surplus = new CandidateSurplusPolicy(ElectionProperties.defaults());
    private final FloorNominationPolicy floor = new FloorNominationPolicy(ElectionProperties.defaults());

    private static ElectionCheck rule(List<ElectionCheck> checks, String code) {
        return checks.stream().filter(c -> c.rule().equals(code)).findFirst().orElseThrow();
    }

    /** QĐ 190-QĐ/TW, Art. 14: a committee's list must exceed the seats and carry at most 30 % more. */
    @ParameterizedTest
    @CsvSource({"15,15,false,true", "15,16,true,true", "15,19,true,true", "15,20,true,false", "75,97,true,true"})
    void art14SurplusOfTheList(int seats, int candidates, boolean exceeds, boolean withinMax) {
        List<ElectionCheck> checks = surplus.check(ElectedBody.EXECUTIVE_COMMITTEE, seats, candidates, candidates);
        assertThat(rule(checks, "election.surplus.required").passed()).isEqualTo(exceeds);
        assertThat(rule(checks, "election.surplus.max").passed()).isEqualTo(withinMax);
        assertThat(surplus.maxSurplus(75)).isEqualTo(22);
    }

    /** QĐ 190-QĐ/TW, Art. 14: the convening committee's list is 10–15 % over the seats. */
    @ParameterizedTest
    @CsvSource({"20,21,false", "20,22,true", "20,23,true", "20,24,false", "9,10,true", "75,83,true", "75,85,true"})
    void art14ConveningCommitteeList(int seats, int convening, boolean passed) {
        List<ElectionCheck> checks = surplus.check(ElectedBody.EXECUTIVE_COMMITTEE, seats, convening, convening);
        assertThat(rule(checks, "election.surplus.convening").passed()).isEqualTo(passed);
    }

    /** QĐ 190-QĐ/TW, Art. 14: a body of 3 to 5 members takes at most one extra name. */
    @Test
    void art14SmallBodiesTakeOneExtra() {
        assertThat(rule(surplus.check(ElectedBody.STANDING_COMMITTEE, 5, 6, 6), "election.surplus.max")
                        .passed())
                .isTrue();
        assertThat(rule(surplus.check(ElectedBody.STANDING_COMMITTEE, 5, 6, 7), "election.surplus.max")
                        .passed())
                .isFalse();
        assertThat(rule(surplus.check(ElectedBody.STANDING_COMMITTEE, 3, 4, 4), "election.surplus.convening")
                        .passed())
                .isTrue();
    }

    /** A secretary may be elected from a single name on a yes/no ballot (no surplus required). */
    @Test
    void art14SecretaryWithoutSurplus() {
        List<ElectionCheck> checks = surplus.check(ElectedBody.SECRETARY, 1, 1, 1);
        assertThat(checks).allMatch(ElectionCheck::passed);
        assertThat(BallotForm.of(1, 1)).isEqualTo(BallotForm.YES_NO);
        assertThat(rule(surplus.check(ElectedBody.SECRETARY, 1, 0, 0), "election.surplus.enough")
                        .passed())
                .isFalse();
    }

    /** QĐ 190-QĐ/TW, Art. 14: a floor nomination needs more than 30 % of those present. */
    @Test
    void art14FloorNominationNeedsMoreThanThirtyPercent() {
        assertThat(floor.admitted(30, 100)).isFalse();
        assertThat(floor.admitted(31, 100)).isTrue();
        assertThat(floor.admitted(3, 10)).isFalse();
        assertThat(floor.admitted(4, 10)).isTrue();
        assertThat(floor.check("Nguyễn Văn A", 4, 10).rule()).isEqualTo("election.nomination.support");
    }

    /** QĐ 190-QĐ/TW, Art. 8: the counting committee is drawn from voters who are not candidates. */
    @Test
    void art8CountingCommitteeFromVotersNotCandidates() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID memberA = UUID.randomUUID();
        UUID memberB = UUID.randomUUID();
        assertThat(CountingCommitteePolicy.check(List.of(), Set.of(a, b), List.of(), List.of())
                        .rule())
                .isEqualTo("election.counting.empty");
        assertThat(CountingCommitteePolicy.check(List.of(a, b), Set.of(a), List.of(), List.of(memberA, memberB))
                        .rule())
                .isEqualTo("election.counting.not-voter");
        ElectionCheck candidate =
                CountingCommitteePolicy.check(List.of(a, b), Set.of(a, b), List.of(memberB), List.of(memberA, memberB));
        assertThat(candidate.passed()).isFalse();
        assertThat(CountingCommitteePolicy.check(List.of(a, b), Set.of(a, b), List.of(), List.of(memberA, memberB))
                        .passed())
                .isTrue();
    }

    /** QĐ 190-QĐ/TW, Art. 15: a strike-out ballot keeping more names than seats (or striking nobody) is invalid. */
    @Test
    void art15StrikeOutBallots() {
        assertThat(BallotValidityPolicy.judge(BallotForm.STRIKE_OUT, 2, "KKK", false)
                        .reason())
                .isEqualTo("election.ballot.too-many-kept");
        assertThat(BallotValidityPolicy.judge(BallotForm.STRIKE_OUT, 2, "SSS", false)
                        .reason())
                .isEqualTo("election.ballot.all-struck");
        BallotValidityPolicy.Verdict ok = BallotValidityPolicy.judge(BallotForm.STRIKE_OUT, 2, "KSK", false);
        assertThat(ok.valid()).isTrue();
        assertThat(ok.votes()).containsExactly(true, false, true);
        assertThat(BallotValidityPolicy.judge(BallotForm.STRIKE_OUT, 2, "KSS", false)
                        .valid())
                .isTrue();
        assertThat(BallotValidityPolicy.judge(BallotForm.STRIKE_OUT, 2, "KSK", true)
                        .reason())
                .isEqualTo("election.ballot.spoiled");
    }

    /** QĐ 190-QĐ/TW, Art. 15: yes/no ballots; both or neither box on a multi-name ballot counts nothing for that name. */
    @Test
    void art15YesNoBallots() {
        BallotValidityPolicy.Verdict both = BallotValidityPolicy.judge(BallotForm.YES_NO, 3, "YBO", false);
        assertThat(both.valid()).isTrue();
        assertThat(both.votes()).containsExactly(true, false, false);
        assertThat(BallotValidityPolicy.judge(BallotForm.YES_NO, 1, "B", false).reason())
                .isEqualTo("election.ballot.single-unmarked");
        assertThat(BallotValidityPolicy.judge(BallotForm.YES_NO, 1, "O", false).valid())
                .isFalse();
        assertThat(BallotValidityPolicy.judge(BallotForm.YES_NO, 1, "N", false).valid())
                .isTrue();
        assertThat(BallotValidityPolicy.judge(BallotForm.YES_NO, 1, "Y", false).votes())
                .containsExactly(true);
    }

    /** QĐ 190-QĐ/TW, Art. 30, the Party's worked example: 11 official members, 10 present; 5 votes fail, 6 elect. */
    @Test
    void art30CellOfElevenTenPresent() {
        List<Entry> roll = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            roll.add(new Entry(VoterKind.OFFICIAL_MEMBER, VoterExclusion.NONE, true));
        }
        roll.add(new Entry(VoterKind.OFFICIAL_MEMBER, VoterExclusion.ABSENT_WITH_APPROVED_REASON, false));
        int approvedAbsence = ElectorateBasePolicy.base(ElectionOccasion.MEMBERS_CONGRESS, roll);
        assertThat(approvedAbsence).isEqualTo(10);
        roll.set(10, new Entry(VoterKind.OFFICIAL_MEMBER, VoterExclusion.NONE, false));
        int unexcused = ElectorateBasePolicy.base(ElectionOccasion.MEMBERS_CONGRESS, roll);
        assertThat(unexcused).isEqualTo(11);
        for (int base : new int[] {approvedAbsence, unexcused}) {
            assertThat(WinnerPolicy.passes(5, base)).isFalse();
            assertThat(WinnerPolicy.passes(6, base)).isTrue();
        }
    }

    /** QĐ 190-QĐ/TW, Art. 30: exactly half fails. */
    @Test
    void art30ExactlyHalfFails() {
        assertThat(WinnerPolicy.passes(50, 100)).isFalse();
        assertThat(WinnerPolicy.passes(51, 100)).isTrue();
    }

    /** QĐ 190-QĐ/TW, Art. 30: the exclusions of a members' congress; exempted members count only when present. */
    @Test
    void art30MembersCongressBase() {
        List<Entry> roll = List.of(
                new Entry(VoterKind.OFFICIAL_MEMBER, VoterExclusion.NONE, true),
                new Entry(VoterKind.OFFICIAL_MEMBER, VoterExclusion.TEMPORARY_ACTIVITY_ELSEWHERE, false),
                new Entry(VoterKind.OFFICIAL_MEMBER, VoterExclusion.SUSPENDED, false),
                new Entry(VoterKind.OFFICIAL_MEMBER, VoterExclusion.PROSECUTED_OR_DETAINED, false),
                new Entry(VoterKind.EXEMPTED_MEMBER, VoterExclusion.NONE, false),
                new Entry(VoterKind.EXEMPTED_MEMBER, VoterExclusion.NONE, true),
                new Entry(VoterKind.PROBATIONARY_MEMBER, VoterExclusion.NONE, true));
        assertThat(ElectorateBasePolicy.base(ElectionOccasion.MEMBERS_CONGRESS, roll))
                .isEqualTo(2);
        assertThat(ElectorateBasePolicy.votes(ElectionOccasion.MEMBERS_CONGRESS, roll.get(6)))
                .isFalse();
    }

    /** QĐ 190-QĐ/TW, Art. 30: the exclusions of a delegates' congress. */
    @Test
    void art30DelegatesCongressBase() {
        List<Entry> roll = List.of(
                new Entry(VoterKind.OFFICIAL_DELEGATE, VoterExclusion.NONE, true),
                new Entry(VoterKind.OFFICIAL_DELEGATE, VoterExclusion.NONE, false),
                new Entry(VoterKind.OFFICIAL_DELEGATE, VoterExclusion.ABSENT_WITHOUT_SUBSTITUTE, false),
                new Entry(VoterKind.CONVENING_COMMITTEE_MEMBER, VoterExclusion.NONE, true),
                new Entry(VoterKind.CONVENING_COMMITTEE_MEMBER, VoterExclusion.NONE, false));
        assertThat(ElectorateBasePolicy.base(ElectionOccasion.DELEGATES_CONGRESS, roll))
                .isEqualTo(3);
    }

    /** QĐ 190-QĐ/TW, Art. 30: more passing than seats → the highest; a tie at the cut-off → a further round. */
    @Test
    void art30HighestWinAndTiesGoToAFurtherRound() {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
        Outcome clear =
                WinnerPolicy.decide(List.of(new Count(a, 9), new Count(b, 8), new Count(c, 7), new Count(d, 4)), 10, 2);
        assertThat(clear.elected()).containsExactly(a, b);
        assertThat(clear.tied()).isEmpty();
        Outcome tie =
                WinnerPolicy.decide(List.of(new Count(a, 9), new Count(b, 7), new Count(c, 7), new Count(d, 4)), 10, 2);
        assertThat(tie.elected()).containsExactly(a);
        assertThat(tie.tied()).containsExactlyInAnyOrder(b, c);
        assertThat(tie.tiedSeats()).isEqualTo(1);
        Outcome shortOf =
                WinnerPolicy.decide(List.of(new Count(a, 9), new Count(b, 5), new Count(c, 5), new Count(d, 4)), 10, 3);
        assertThat(shortOf.elected()).containsExactly(a);
        assertThat(shortOf.unfilled()).isEqualTo(2);
    }

    /**
     * Property (seeded): for random rounds, issued = returned + not returned, valid + invalid = returned, each name's
     * votes ≤ valid, and no valid ballot keeps more names than seats (QĐ 190-QĐ/TW, Art. 15 and 30).
     */
    @Test
    void totalsBalanceOnRandomRounds() {
        java.util.Random random = new java.util.Random(190_2024L);
        for (int round = 0; round < 500; round++) {
            int seats = 1 + random.nextInt(9);
            int names = seats + random.nextInt(4);
            BallotForm form = BallotForm.of(names, seats);
            int issued = random.nextInt(40);
            int returnedCount = issued - random.nextInt(Math.min(issued, 3) + 1);
            BallotTally tally = new BallotTally(form, seats, names);
            for (int i = 0; i < returnedCount; i++) {
                String marks = randomMarks(random, form, names);
                boolean spoiled = random.nextInt(20) == 0;
                BallotValidityPolicy.Verdict v = BallotValidityPolicy.judge(form, seats, marks, spoiled);
                if (v.valid()) {
                    int kept = 0;
                    for (boolean b : v.votes()) {
                        kept += b ? 1 : 0;
                    }
                    assertThat(kept).as(marks).isLessThanOrEqualTo(seats);
                }
                tally.add(marks, spoiled);
            }
            assertThat(tally.returned() + (issued - returnedCount)).isEqualTo(issued);
            assertThat(tally.valid() + tally.invalid()).isEqualTo(returnedCount);
            for (int i = 0; i < names; i++) {
                assertThat(tally.votes(i)).isLessThanOrEqualTo(tally.valid());
            }
            List<Count> counts = new ArrayList<>();
            for (int i = 0; i < names; i++) {
                counts.add(new Count(UUID.randomUUID(), tally.votes(i)));
            }
            Collections.shuffle(counts, random);
            Outcome outcome = WinnerPolicy.decide(counts, Math.max(returnedCount, 1), seats);
            assertThat(outcome.elected().size() + outcome.tiedSeats() + outcome.unfilled())
                    .isEqualTo(seats);
        }
    }

    private static String randomMarks(java.util.Random random, BallotForm form, int names) {
        char[] letters = form == BallotForm.STRIKE_OUT ? new char[] {'K', 'S'} : new char[] {'Y', 'N', 'B', 'O'};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names; i++) {
            s.append(letters[random.nextInt(letters.length)]);
        }
        return s.toString();
    }
}

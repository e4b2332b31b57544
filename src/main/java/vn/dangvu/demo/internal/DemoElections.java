package vn.dangvu.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.election.CandidateSource;
import vn.dangvu.election.CreateElection;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionManagement;
import vn.dangvu.election.ElectionManagement.CandidateInput;
import vn.dangvu.election.ElectionManagement.VoterInput;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.Elections;
import vn.dangvu.election.VoterExclusion;
import vn.dangvu.election.VoterKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * Two counted elections of the demo commune (log-in {@code tochuc}) through the election module's facade: the cell
 * election of the Party's worked example (11 official members, one absent with an approved reason, 10 present: 6
 * votes elect, 5 do not; QĐ 190-QĐ/TW, Art. 30), and the commune's executive committee elected at its delegates'
 * congress from a list with surplus (15 seats, 17 names). The counting committee of both is the demo secretary and the
 * demo member ({@code bithu} and the member log-in), who enter every paper ballot twice.
 */
@Component
class DemoElections {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Thu", "Quang", "Thanh", "Hữu"};
    private static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Lan", "Long", "Mai", "Nam", "Ngọc",
        "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến"
    };

    private final ElectionManagement management;
    private final Elections elections;
    private final OrgUnits orgUnits;
    private final Clock clock;

    DemoElections(ElectionManagement management, Elections elections, OrgUnits orgUnits, Clock clock) {
        this.management = management;
        this.elections = elections;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /**
     * Seeds both elections.
     *
     * @param communeId the demo commune
     * @param cellId the demo cell
     * @param secretary the demo secretary (member, with an account)
     * @param member the demo member (with an account)
     */
    void seed(long communeId, long cellId, Counter secretary, Counter member) {
        OrgUnitRef commune = orgUnits.find(communeId).orElseThrow();
        Actor staff = new Actor(
                new UUID(0, 4),
                "tochuc",
                null,
                null,
                List.of(new RoleGrant(Role.ORG_STAFF, communeId, commune.path())));
        LocalDate day = LocalDate.now(clock).minusDays(20);
        cellElection(cellId, day, staff, secretary, member);
        committeeElection(communeId, day.minusDays(2), staff, secretary, member);
    }

    /**
     * A member of the counting committee.
     *
     * @param memberId the member
     * @param fullName the name
     * @param cellId the member's cell
     */
    record Counter(UUID memberId, String fullName, long cellId) {
        Actor actor() {
            return new Actor(
                    UUID.randomUUID(), fullName, memberId, cellId, List.of(new RoleGrant(Role.MEMBER, cellId, "/")));
        }
    }

    private void cellElection(long cellId, LocalDate day, Actor staff, Counter a, Counter b) {
        String name = orgUnits.find(cellId).orElseThrow().name();
        UUID id = management.create(
                new CreateElection(
                        cellId,
                        "Bầu Chi ủy " + name + " nhiệm kỳ 2025–2030",
                        ElectionOccasion.MEMBERS_CONGRESS,
                        ElectedBody.EXECUTIVE_COMMITTEE,
                        3,
                        day,
                        false),
                staff);
        List<VoterInput> roll = new ArrayList<>();
        roll.add(counter(a));
        roll.add(counter(b));
        for (int i = 0; i < 8; i++) {
            roll.add(new VoterInput(
                    null, person(i * 7 + 3), VoterKind.OFFICIAL_MEMBER, VoterExclusion.NONE, true, false));
        }
        roll.add(new VoterInput(
                null, person(61), VoterKind.OFFICIAL_MEMBER, VoterExclusion.ABSENT_WITH_APPROVED_REASON, false, false));
        List<String> names = List.of(person(5), person(12), person(19), person(26));
        String[] ballots = {"KKKS", "KKKS", "KSKS", "KSKS", "KSKK", "KSKK", "SKKS", "SKKS", "SKSS", "KKKK"};
        run(id, roll, names, List.of(ballots), 10, staff, a, b);
    }

    private void committeeElection(long communeId, LocalDate day, Actor staff, Counter a, Counter b) {
        String name = orgUnits.find(communeId).orElseThrow().name();
        UUID id = management.create(
                new CreateElection(
                        communeId,
                        "Bầu Ban Chấp hành " + name + " nhiệm kỳ 2025–2030",
                        ElectionOccasion.DELEGATES_CONGRESS,
                        ElectedBody.EXECUTIVE_COMMITTEE,
                        15,
                        day,
                        false),
                staff);
        List<VoterInput> roll = new ArrayList<>();
        roll.add(counter(a).withKind(VoterKind.OFFICIAL_DELEGATE));
        roll.add(counter(b).withKind(VoterKind.OFFICIAL_DELEGATE));
        for (int i = 0; i < 55; i++) {
            roll.add(new VoterInput(
                    null, person(i * 3 + 100), VoterKind.OFFICIAL_DELEGATE, VoterExclusion.NONE, i != 7, false));
        }
        for (int i = 0; i < 3; i++) {
            roll.add(new VoterInput(
                    null, person(i + 300), VoterKind.CONVENING_COMMITTEE_MEMBER, VoterExclusion.NONE, true, false));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            names.add(person(i * 5 + 400));
        }
        SplittableRandom random = new SplittableRandom(190_2024);
        List<String> ballots = new ArrayList<>();
        for (int n = 0; n < 58; n++) {
            char[] marks = "K".repeat(17).toCharArray();
            // two to four names struck on each ballot, the last names of the list more often
            int struck = 0;
            int want = 2 + random.nextInt(3);
            while (struck < want) {
                int i = random.nextInt(10) < 6 ? 12 + random.nextInt(5) : random.nextInt(17);
                if (marks[i] == 'K') {
                    marks[i] = 'S';
                    struck++;
                }
            }
            ballots.add(n == 57 ? "K".repeat(17) : new String(marks));
        }
        run(id, roll, names, ballots, 59, staff, a, b);
    }

    private void run(
            UUID id,
            List<VoterInput> roll,
            List<String> names,
            List<String> ballots,
            int issued,
            Actor staff,
            Counter a,
            Counter b) {
        management.replaceVoters(id, roll, version(id, staff), staff);
        management.replaceCandidates(
                id,
                names.stream()
                        .map(n -> new CandidateInput(null, n, CandidateSource.CONVENING, null))
                        .toList(),
                version(id, staff),
                staff);
        management.adoptList(id, version(id, staff), staff);
        management.openVoting(id, issued, version(id, staff), staff);
        management.closeVoting(id, ballots.size(), version(id, staff), staff);
        for (int i = 0; i < ballots.size(); i++) {
            management.enterBallot(id, i + 1, ballots.get(i), false, a.actor());
            management.enterBallot(id, i + 1, ballots.get(i), false, b.actor());
        }
        management.announce(id, version(id, staff), staff);
    }

    private long version(UUID id, Actor staff) {
        return elections.managedView(id, staff).version();
    }

    private static VoterInput counter(Counter c) {
        return new VoterInput(c.memberId(), c.fullName(), VoterKind.OFFICIAL_MEMBER, VoterExclusion.NONE, true, true);
    }

    private static String person(int n) {
        return FAMILY[n % FAMILY.length] + " " + MIDDLE[(n / 3) % MIDDLE.length] + " "
                + GIVEN[(n * 7 + n / 11) % GIVEN.length];
    }
}

package vn.dangvu.election;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.election.internal.ElectionRules;
import vn.dangvu.election.internal.ElectionStore;
import vn.dangvu.election.internal.ElectionStore.CandidateRow;
import vn.dangvu.election.internal.ElectionStore.ElectionRow;
import vn.dangvu.election.internal.ElectionStore.EntryRow;
import vn.dangvu.election.internal.ElectionStore.RoundCandidateRow;
import vn.dangvu.election.internal.ElectionStore.RoundRow;
import vn.dangvu.election.internal.ElectionStore.VoterRow;
import vn.dangvu.election.internal.ElectronicVoteStore;
import vn.dangvu.election.internal.RoundCount;
import vn.dangvu.election.internal.WinnerPolicy;
import vn.dangvu.member.CellRosters;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/**
 * Writes of elections, each one audited transaction: the staff over the election's unit prepare it (roll, list,
 * counting committee) and move it through its steps — list adopted, voting open, counting, results announced — each
 * step refused with the failing rule of QĐ 190-QĐ/TW; members of the counting committee enter the paper ballots twice.
 * The audit never records a ballot's marks. A stale version gives 409.
 */
@Service
@Transactional
public class ElectionManagement {

    /** Who manages the elections of the units of their subtree. */
    public static final Role[] MANAGERS = {Role.ORG_STAFF, Role.CITY_ORGANISATION};

    private final ElectionStore store;
    private final ElectionRules rules;
    private final OrgUnits orgUnits;
    private final CellRosters rosters;
    private final AuditTrail audit;
    private final Clock clock;
    private final ElectronicVoteStore evotes;

    ElectionManagement(
            ElectionStore store,
            ElectionRules rules,
            OrgUnits orgUnits,
            CellRosters rosters,
            AuditTrail audit,
            Clock clock,
            ElectronicVoteStore evotes) {
        this.evotes = evotes;
        this.store = store;
        this.rules = rules;
        this.orgUnits = orgUnits;
        this.rosters = rosters;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A person to put on the roll.
     *
     * @param memberId the member, if from the registry
     * @param fullName the name
     * @param kind what they are
     * @param exclusion why out of the base
     * @param present present at the voting
     * @param counter on the counting committee
     */
    public record VoterInput(
            @Nullable UUID memberId,
            String fullName,
            VoterKind kind,
            VoterExclusion exclusion,
            boolean present,
            boolean counter) {

        /** The same person with another standing. */
        public VoterInput withKind(VoterKind other) {
            return new VoterInput(memberId, fullName, other, exclusion, present, counter);
        }
    }

    /**
     * A name to put on the list.
     *
     * @param memberId the member, if from the registry
     * @param fullName the name
     * @param source convening committee or floor
     * @param support for a floor nomination, those present who supported it
     */
    public record CandidateInput(
            @Nullable UUID memberId,
            String fullName,
            CandidateSource source,
            @Nullable Integer support) {}

    /** Prepares an election of a unit of the caller's scope. */
    public UUID create(CreateElection command, Actor actor) {
        orgUnits.findWithin(command.orgUnitId(), actor.scopeFor(MANAGERS))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", command.orgUnitId()));
        if ((command.body() == ElectedBody.SECRETARY || command.body() == ElectedBody.INSPECTION_CHAIRMAN)
                && command.seats() != 1) {
            throw DomainException.rule("election.seats.single").onField("seats");
        }
        UUID id = UUID.randomUUID();
        store.insert(
                new ElectionRow(
                        id,
                        command.orgUnitId(),
                        command.title(),
                        command.occasion(),
                        command.body(),
                        command.seats(),
                        command.heldOn(),
                        command.directSecretary(),
                        ElectionState.DRAFT,
                        0),
                actor.username(),
                clock.instant());
        audit.record("election.create", "election", id, command);
        return id;
    }

    /** Replaces the voter roll (with presence, exclusions and the counting committee) while in draft. */
    public void replaceVoters(UUID id, List<VoterInput> voters, long version, Actor actor) {
        ElectionRow e = draft(id, actor);
        Set<UUID> members = new HashSet<>();
        for (VoterInput v : voters) {
            if (v.memberId() != null && !members.add(v.memberId())) {
                throw DomainException.rule("election.voter.duplicate", v.fullName())
                        .onField("voters");
            }
        }
        store.touch(id, version, e.state(), actor.username(), clock.instant());
        store.replaceVoters(
                id,
                voters.stream()
                        .map(v -> new VoterRow(
                                UUID.randomUUID(),
                                v.memberId(),
                                v.fullName(),
                                v.kind(),
                                v.exclusion(),
                                v.present(),
                                v.counter()))
                        .toList());
        audit.record("election.voters.replace", "election", id, voters);
    }

    /**
     * Replaces the roll with the members on the lists of the cells of the election's unit (official, exempted and
     * probationary members; those in transit are left to the staff), all present and none excluded.
     */
    public int importMembers(UUID id, long version, Actor actor) {
        ElectionRow e = draft(id, actor);
        OrgUnitView unit = orgUnits.findWithin(e.orgUnitId(), actor.scopeFor(MANAGERS))
                .orElseThrow(() -> DomainException.notFound("election.not-found", id));
        List<VoterInput> roll = new ArrayList<>();
        List<OrgUnitView> units = unit.kind() == OrgUnitKind.CELL ? List.of(unit) : orgUnits.activeSubtree(unit);
        for (OrgUnitView u : units) {
            if (u.kind() != OrgUnitKind.CELL) {
                continue;
            }
            for (CellRosters.RosterMember m : rosters.of(u.id())) {
                VoterKind kind = m.status() == MemberStatus.OFFICIAL
                        ? VoterKind.OFFICIAL_MEMBER
                        : m.status() == MemberStatus.EXEMPTED
                                ? VoterKind.EXEMPTED_MEMBER
                                : m.status() == MemberStatus.PROBATIONARY ? VoterKind.PROBATIONARY_MEMBER : null;
                if (kind != null) {
                    roll.add(new VoterInput(m.memberId(), m.fullName(), kind, VoterExclusion.NONE, true, false));
                }
            }
        }
        replaceVoters(id, roll, version, actor);
        return roll.size();
    }

    /** Replaces the candidate list while in draft. */
    public void replaceCandidates(UUID id, List<CandidateInput> candidates, long version, Actor actor) {
        ElectionRow e = draft(id, actor);
        Set<UUID> members = new HashSet<>();
        for (CandidateInput c : candidates) {
            if (c.memberId() != null && !members.add(c.memberId())) {
                throw DomainException.rule("election.candidate.duplicate", c.fullName())
                        .onField("candidates");
            }
            if (c.source() == CandidateSource.FLOOR && c.support() == null) {
                throw DomainException.rule("election.nomination.support-missing", c.fullName())
                        .onField("candidates");
            }
        }
        store.touch(id, version, e.state(), actor.username(), clock.instant());
        store.replaceCandidates(
                id,
                candidates.stream()
                        .map(c -> new CandidateRow(
                                UUID.randomUUID(),
                                c.memberId(),
                                c.fullName(),
                                c.source(),
                                c.source() == CandidateSource.FLOOR ? c.support() : null))
                        .toList());
        audit.record("election.candidates.replace", "election", id, candidates);
    }

    /** Draft → list adopted, when every rule passes; opens round 1 with the standing names. */
    public void adoptList(UUID id, long version, Actor actor) {
        ElectionRow e = draft(id, actor);
        List<VoterRow> voters = store.voters(id);
        List<CandidateRow> candidates = store.candidates(id);
        ElectionCheck.firstFailed(rules.checks(e, voters, candidates)).ifPresent(ElectionManagement::refuse);
        int present = ElectionRules.present(voters);
        List<UUID> standing = candidates.stream()
                .filter(c -> rules.admitted(c, present))
                .map(CandidateRow::id)
                .toList();
        store.touch(id, version, ElectionState.LIST_ADOPTED, actor.username(), clock.instant());
        store.insertRound(
                id,
                new RoundRow(
                        UUID.randomUUID(), 1, e.seats(), BallotForm.of(standing.size(), e.seats()), null, null, false),
                standing);
        audit.record("election.list.adopt", "election", id, null);
    }

    /** List adopted → voting open, with the ballots issued (at most one per voter). */
    public void openVoting(UUID id, int issued, long version, Actor actor) {
        ElectionRow e = inState(id, ElectionState.LIST_ADOPTED, actor);
        long voters = store.voters(id).stream().filter(v -> rules.votes(e, v)).count();
        if (issued < 1 || issued > voters) {
            throw DomainException.rule("election.ballots.issued", issued, voters)
                    .onField("ballotsIssued");
        }
        store.touch(id, version, ElectionState.VOTING_OPEN, actor.username(), clock.instant());
        store.setIssued(current(id).id(), issued);
        audit.record("election.voting.open", "election", id, issued);
    }

    /** Voting open → counting, with the ballots returned (issued = returned + not returned). */
    public void closeVoting(UUID id, int returned, long version, Actor actor) {
        inState(id, ElectionState.VOTING_OPEN, actor);
        RoundRow round = current(id);
        int issued = round.issued() == null ? 0 : round.issued();
        int electronic = evotes.marks(round.id()).size();
        if (returned < 0 || returned + electronic > issued) {
            throw DomainException.rule("election.ballots.returned", returned + electronic, issued)
                    .onField("ballotsReturned");
        }
        store.touch(id, version, ElectionState.COUNTING, actor.username(), clock.instant());
        store.setReturned(round.id(), returned + electronic);
        audit.record("election.voting.close", "election", id, returned);
    }

    /**
     * Enters one paper ballot on behalf of a member of the counting committee: the first or second entry of its serial
     * number; the second must come from another member. Audited without the marks.
     */
    public void enterBallot(UUID id, int ballotNumber, String marks, boolean spoiled, Actor actor) {
        ElectionRow e = store.findForCounter(id, actor.memberId())
                .orElseThrow(() -> DomainException.notFound("election.not-found", id));
        if (e.state() != ElectionState.COUNTING) {
            throw DomainException.rule("election.state.wrong", e.state().name());
        }
        RoundRow round = current(id);
        int returned = (round.returned() == null ? 0 : round.returned())
                - evotes.marks(round.id()).size();
        if (ballotNumber < 1 || ballotNumber > returned) {
            throw DomainException.rule("election.ballot.number", ballotNumber, returned)
                    .onField("ballotNumber");
        }
        List<RoundCandidateRow> names = store.roundCandidates(round.id());
        if (marks.length() != names.size()
                || !marks.chars()
                        .allMatch(
                                c -> isMark((char) c) && BallotMark.of((char) c).fits(round.form()))) {
            throw DomainException.rule("election.ballot.marks", names.size()).onField("marks");
        }
        UUID counter = store.voters(id).stream()
                .filter(v -> v.counter()
                        && actor.memberId() != null
                        && actor.memberId().equals(v.memberId()))
                .map(VoterRow::id)
                .findFirst()
                .orElseThrow();
        List<EntryRow> existing = store.entries(round.id(), ballotNumber);
        if (existing.size() >= 2) {
            throw DomainException.conflict("election.ballot.entered-twice", ballotNumber);
        }
        if (existing.stream().anyMatch(x -> x.enteredBy().equals(counter))) {
            throw DomainException.rule("election.ballot.same-person", ballotNumber)
                    .onField("ballotNumber");
        }
        store.insertEntry(round.id(), new EntryRow(ballotNumber, existing.size() + 1, marks, spoiled, counter));
        audit.record("election.ballot.enter", "election", id, ballotNumber);
    }

    /** Discards the two disagreeing entries of a ballot so that it is entered again. */
    public void discardEntries(UUID id, int ballotNumber, Actor actor) {
        ElectionRow e = store.findForCounter(id, actor.memberId())
                .orElseThrow(() -> DomainException.notFound("election.not-found", id));
        if (e.state() != ElectionState.COUNTING) {
            throw DomainException.rule("election.state.wrong", e.state().name());
        }
        RoundRow round = current(id);
        if (!RoundCount.reconcile(store.entries(round.id(), ballotNumber))
                .mismatched()
                .contains(ballotNumber)) {
            throw DomainException.rule("election.ballot.not-mismatched", ballotNumber);
        }
        store.deleteEntries(round.id(), ballotNumber);
        audit.record("election.ballot.discard", "election", id, ballotNumber);
    }

    /** Counting → results announced, once every returned ballot is reconciled; records votes and winners. */
    public void announce(UUID id, long version, Actor actor) {
        ElectionRow e = inState(id, ElectionState.COUNTING, actor);
        RoundRow round = current(id);
        RoundCount.Reconciliation r = RoundCount.reconcile(store.entries(round.id()));
        List<String> electronic = evotes.marks(round.id());
        int returned = (round.returned() == null ? 0 : round.returned()) - electronic.size();
        if (r.agreed().size() != returned) {
            refuse(new ElectionCheck(
                    "election.ballots.unreconciled",
                    "QĐ 190-QĐ/TW, Điều 8",
                    false,
                    "Đã đối chiếu %d/%d phiếu; lệch: %s; mới nhập một lần: %s."
                            .formatted(r.agreed().size(), returned, r.mismatched(), r.pending())));
        }
        List<RoundCandidateRow> names = store.roundCandidates(round.id());
        Map<UUID, String> fullNames =
                store.candidates(id).stream().collect(Collectors.toMap(CandidateRow::id, CandidateRow::fullName));
        int base = rules.base(e, store.voters(id));
        ElectionRound counted = RoundCount.view(round, names, fullNames, store.entries(round.id()), electronic, base);
        List<WinnerPolicy.Count> counts = counted.results().stream()
                .map(c -> new WinnerPolicy.Count(c.candidateId(), c.votes()))
                .toList();
        WinnerPolicy.Outcome outcome = WinnerPolicy.decide(counts, base, round.seats());
        store.touch(id, version, ElectionState.RESULTS_ANNOUNCED, actor.username(), clock.instant());
        store.announce(
                round.id(),
                counts.stream().collect(Collectors.toMap(WinnerPolicy.Count::candidateId, WinnerPolicy.Count::votes)),
                outcome.elected());
        audit.record("election.results.announce", "election", id, outcome);
    }

    /**
     * Results announced → list adopted with a further round: among those tied at the cut-off for the seats they
     * contest, or, when seats are unfilled and the congress decides to go on, among the names it chooses (by default
     * every name not yet elected) for the unfilled seats.
     */
    public void furtherRound(UUID id, @Nullable List<UUID> candidateIds, long version, Actor actor) {
        ElectionRow e = inState(id, ElectionState.RESULTS_ANNOUNCED, actor);
        RoundRow round = current(id);
        List<RoundCandidateRow> names = store.roundCandidates(round.id());
        Set<UUID> elected = new HashSet<>();
        for (RoundRow r : store.rounds(id)) {
            store.roundCandidates(r.id()).stream()
                    .filter(n -> Boolean.TRUE.equals(n.elected()))
                    .forEach(n -> elected.add(n.candidateId()));
        }
        int base = rules.base(e, store.voters(id));
        List<WinnerPolicy.Count> counts = names.stream()
                .map(n -> new WinnerPolicy.Count(n.candidateId(), n.votes() == null ? 0 : n.votes()))
                .toList();
        WinnerPolicy.Outcome outcome = WinnerPolicy.decide(counts, base, round.seats());
        int seats;
        List<UUID> next;
        if (!outcome.tied().isEmpty()) {
            seats = outcome.tiedSeats();
            next = outcome.tied();
        } else if (outcome.unfilled() > 0) {
            seats = outcome.unfilled();
            List<UUID> remaining = store.candidates(id).stream()
                    .map(CandidateRow::id)
                    .filter(c -> !elected.contains(c))
                    .toList();
            next = candidateIds == null || candidateIds.isEmpty() ? remaining : candidateIds;
            if (!remaining.containsAll(next)) {
                throw DomainException.rule("election.round.candidates").onField("candidateIds");
            }
        } else {
            throw DomainException.rule("election.round.complete");
        }
        if (next.size() < seats) {
            throw DomainException.rule("election.round.candidates").onField("candidateIds");
        }
        store.touch(id, version, ElectionState.LIST_ADOPTED, actor.username(), clock.instant());
        store.insertRound(
                id,
                new RoundRow(
                        UUID.randomUUID(),
                        round.number() + 1,
                        seats,
                        BallotForm.of(next.size(), seats),
                        null,
                        null,
                        false),
                next);
        audit.record("election.round.open", "election", id, round.number() + 1);
    }

    private static boolean isMark(char c) {
        return "KSYNBO".indexOf(c) >= 0;
    }

    private RoundRow current(UUID id) {
        List<RoundRow> rounds = store.rounds(id);
        return rounds.get(rounds.size() - 1);
    }

    private ElectionRow draft(UUID id, Actor actor) {
        return inState(id, ElectionState.DRAFT, actor);
    }

    private ElectionRow inState(UUID id, ElectionState state, Actor actor) {
        ElectionRow e = store.require(id, actor.scopeFor(MANAGERS));
        if (e.state() != state) {
            throw DomainException.rule("election.state.wrong", e.state().name());
        }
        return e;
    }

    private static void refuse(ElectionCheck check) {
        throw new DomainException(
                DomainException.Kind.RULE_VIOLATION,
                check.rule(),
                Map.of("rule", check.rule(), "source", check.source()),
                check.detail());
    }
}

package vn.dangvu.election;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.election.internal.ElectionRules;
import vn.dangvu.election.internal.ElectionStore;
import vn.dangvu.election.internal.ElectionStore.ElectionRow;
import vn.dangvu.election.internal.ElectionStore.RoundRow;
import vn.dangvu.election.internal.ElectionStore.VoterRow;
import vn.dangvu.election.internal.ElectronicVoteStore;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;

/**
 * Electronic voting, secret (issue 6, point 6): the staff issue one one-time code per voter who may vote in the round;
 * a voter, logged in with their member account, casts the ballot with their code and gets a receipt code. The code is
 * used up (who has voted) and the ballot stored under a random id with the receipt's hash (what was voted), with
 * nothing that joins the two. The audit records that a ballot was cast, never its marks nor its receipt. Electronic
 * ballots join the round's count without a second entry.
 */
@Service
@Transactional
public class ElectronicVoting {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final ElectionStore store;
    private final ElectronicVoteStore evotes;
    private final ElectionRules rules;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ElectronicVoting(
            ElectionStore store, ElectronicVoteStore evotes, ElectionRules rules, OrgUnits orgUnits, AuditTrail audit) {
        this.store = store;
        this.evotes = evotes;
        this.rules = rules;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    /**
     * Issues a fresh code to every voter who may vote and has not voted in the current round (an unused code is
     * replaced), once the list is adopted and until voting closes.
     */
    public List<VotingCode> issue(UUID id, Actor actor) {
        ElectionRow e = store.require(id, actor.scopeFor(ElectionManagement.MANAGERS));
        if (e.state() != ElectionState.LIST_ADOPTED && e.state() != ElectionState.VOTING_OPEN) {
            throw DomainException.rule("election.state.wrong", e.state().name());
        }
        RoundRow round = current(id);
        List<VotingCode> codes = new ArrayList<>();
        for (VoterRow v : store.voters(id)) {
            if (!rules.votes(e, v)) {
                continue;
            }
            String code = code();
            if (evotes.issue(id, round.number(), v.id(), code)) {
                codes.add(new VotingCode(v.id(), v.fullName(), round.number(), code));
            }
        }
        audit.record("election.tokens.issue", "election", id, codes.size());
        return codes;
    }

    /** The open round's ballot for a voter on the roll (their member account). */
    @Transactional(readOnly = true)
    public VoterBallot ballot(UUID id, Actor actor) {
        ElectionRow e = onRoll(id, actor);
        RoundRow round = current(id);
        var names = store.candidates(id).stream()
                .collect(java.util.stream.Collectors.toMap(
                        ElectionStore.CandidateRow::id, ElectionStore.CandidateRow::fullName));
        return new VoterBallot(
                id,
                e.title(),
                orgUnits.namesOf(List.of(e.orgUnitId())).getOrDefault(e.orgUnitId(), ""),
                e.state(),
                round.number(),
                round.seats(),
                round.form(),
                store.roundCandidates(round.id()).stream()
                        .sorted(Comparator.comparingInt(ElectionStore.RoundCandidateRow::position))
                        .map(c -> names.getOrDefault(c.candidateId(), ""))
                        .toList());
    }

    /**
     * Casts a ballot with a one-time code of the caller (their roll entry's code for the open round); returns the
     * receipt code that proves it is counted.
     */
    public String cast(UUID id, String code, String marks, Actor actor) {
        ElectionRow e = onRoll(id, actor);
        if (e.state() != ElectionState.VOTING_OPEN) {
            throw DomainException.rule("election.state.wrong", e.state().name());
        }
        RoundRow round = current(id);
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        UUID voter = evotes.voterOf(id, round.number(), normalised)
                .orElseThrow(
                        () -> DomainException.rule("election.token.invalid").onField("token"));
        boolean own = store.voters(id).stream()
                .anyMatch(v -> v.id().equals(voter)
                        && actor.memberId() != null
                        && actor.memberId().equals(v.memberId()));
        if (!own) {
            throw DomainException.rule("election.token.invalid").onField("token");
        }
        int names = store.roundCandidates(round.id()).size();
        if (marks.length() != names
                || !marks.chars()
                        .allMatch(c -> "KSYNBO".indexOf(c) >= 0
                                && BallotMark.of((char) c).fits(round.form()))) {
            throw DomainException.rule("election.ballot.marks", names).onField("marks");
        }
        if (!evotes.use(id, round.number(), normalised)) {
            throw DomainException.conflict("election.token.used");
        }
        String receipt = code();
        evotes.cast(round.id(), marks, receipt);
        audit.record("election.evote.cast", "election", id, null);
        return receipt;
    }

    /** Whether the ballot of this receipt is stored (and so counted) in the election. */
    @Transactional(readOnly = true)
    public boolean counted(UUID id, String receipt, Actor actor) {
        if (store.find(id, actor.scopeFor(ElectionManagement.MANAGERS)).isEmpty()) {
            onRoll(id, actor);
        }
        return evotes.counted(id, receipt.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private ElectionRow onRoll(UUID id, Actor actor) {
        return store.findForVoter(id, actor.memberId())
                .orElseThrow(() -> DomainException.notFound("election.not-found", id));
    }

    private RoundRow current(UUID id) {
        List<RoundRow> rounds = store.rounds(id);
        if (rounds.isEmpty()) {
            throw DomainException.rule("election.state.wrong", ElectionState.DRAFT.name());
        }
        return rounds.get(rounds.size() - 1);
    }

    private String code() {
        StringBuilder s = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                s.append('-');
            }
            s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}

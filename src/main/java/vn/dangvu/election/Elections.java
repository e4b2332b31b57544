package vn.dangvu.election;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.election.internal.ElectionRules;
import vn.dangvu.election.internal.ElectionStore;
import vn.dangvu.election.internal.ElectionStore.CandidateRow;
import vn.dangvu.election.internal.ElectionStore.ElectionRow;
import vn.dangvu.election.internal.ElectionStore.VoterRow;
import vn.dangvu.election.internal.ElectronicVoteStore;
import vn.dangvu.election.internal.RoundCount;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;

/**
 * Reads of elections: the staff over the election's unit see everything; a member on its counting committee sees the
 * election without the voter roll (whose exclusions are personal data), enough to enter ballots and follow the count.
 */
@Service
@Transactional(readOnly = true)
public class Elections {

    private final ElectionStore store;
    private final ElectionRules rules;
    private final OrgUnits orgUnits;
    private final ElectronicVoteStore evotes;

    Elections(ElectionStore store, ElectionRules rules, OrgUnits orgUnits, ElectronicVoteStore evotes) {
        this.store = store;
        this.evotes = evotes;
        this.rules = rules;
        this.orgUnits = orgUnits;
    }

    /** The elections of the caller's scope, of one unit's subtree when given. */
    public List<ElectionSummary> list(@Nullable Long orgUnitId, Actor actor) {
        String path = null;
        if (orgUnitId != null) {
            path = orgUnits.findWithin(orgUnitId, actor.scopeFor(ElectionManagement.MANAGERS))
                    .map(OrgUnitView::path)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId));
        }
        return store.list(actor.scopeFor(ElectionManagement.MANAGERS), path);
    }

    /** An election of the caller's scope, or one on whose counting committee the caller sits (without the roll). */
    public ElectionView view(UUID id, Actor actor) {
        var managed = store.find(id, actor.scopeFor(ElectionManagement.MANAGERS));
        if (managed.isPresent()) {
            return view(managed.get(), true);
        }
        return store.findForCounter(id, actor.memberId())
                .map(e -> view(e, false))
                .orElseThrow(() -> DomainException.notFound("election.not-found", id));
    }

    /** An election of the caller's scope (the staff's view, with the roll). */
    public ElectionView managedView(UUID id, Actor actor) {
        return view(store.require(id, actor.scopeFor(ElectionManagement.MANAGERS)), true);
    }

    ElectionView view(ElectionRow e, boolean withRoll) {
        List<VoterRow> voters = store.voters(e.id());
        List<CandidateRow> candidates = store.candidates(e.id());
        int base = rules.base(e, voters);
        int present = ElectionRules.present(voters);
        List<ElectionCandidate> list = candidates.stream()
                .map(c -> new ElectionCandidate(
                        c.id(), c.memberId(), c.fullName(), c.source(), c.support(), rules.admitted(c, present)))
                .toList();
        Map<UUID, String> names =
                candidates.stream().collect(Collectors.toMap(CandidateRow::id, CandidateRow::fullName));
        List<ElectionRound> rounds = store.rounds(e.id()).stream()
                .map(r -> RoundCount.view(
                        r, store.roundCandidates(r.id()), names, store.entries(r.id()), evotes.marks(r.id()), base))
                .toList();
        List<ElectionVoter> roll = withRoll
                ? voters.stream()
                        .map(v -> new ElectionVoter(
                                v.id(),
                                v.memberId(),
                                v.fullName(),
                                v.kind(),
                                v.exclusion(),
                                v.present(),
                                v.counter(),
                                rules.base(e, List.of(v)) == 1,
                                rules.votes(e, v)))
                        .toList()
                : List.of();
        return new ElectionView(
                e.id(),
                e.orgUnitId(),
                orgUnits.namesOf(List.of(e.orgUnitId())).getOrDefault(e.orgUnitId(), ""),
                e.title(),
                e.occasion(),
                e.body(),
                e.seats(),
                e.heldOn(),
                e.directSecretary(),
                e.state(),
                e.version(),
                base,
                present,
                BallotForm.of(
                        (int) list.stream().filter(ElectionCandidate::admitted).count(), e.seats()),
                roll,
                list,
                withRoll ? rules.checks(e, voters, candidates) : List.of(),
                rounds);
    }
}

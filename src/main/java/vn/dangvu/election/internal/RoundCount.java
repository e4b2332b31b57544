package vn.dangvu.election.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangvu.election.ElectionRound;
import vn.dangvu.election.internal.ElectionStore.EntryRow;
import vn.dangvu.election.internal.ElectionStore.RoundCandidateRow;
import vn.dangvu.election.internal.ElectionStore.RoundRow;

/**
 * A round's paper ballots reconciled and counted: a ballot counts once two entries by different members of the
 * counting committee agree (marks and the spoiled flag); two that disagree are listed for entry again; the count of
 * the reconciled ballots goes through {@link BallotTally} and, for the winners, {@link WinnerPolicy}.
 */
public final class RoundCount {

    private RoundCount() {}

    /**
     * The reconciled ballots of a round.
     *
     * @param agreed ballot number → the agreed entry
     * @param mismatched ballot numbers whose entries disagree
     * @param pending ballot numbers entered once
     */
    public record Reconciliation(Map<Integer, EntryRow> agreed, List<Integer> mismatched, List<Integer> pending) {}

    public static Reconciliation reconcile(List<EntryRow> entries) {
        Map<Integer, List<EntryRow>> byNumber = new LinkedHashMap<>();
        entries.forEach(e -> byNumber.computeIfAbsent(e.ballotNumber(), k -> new ArrayList<>())
                .add(e));
        Map<Integer, EntryRow> agreed = new LinkedHashMap<>();
        List<Integer> mismatched = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        byNumber.forEach((number, list) -> {
            if (list.size() < 2) {
                pending.add(number);
            } else if (list.get(0).marks().equals(list.get(1).marks())
                    && list.get(0).spoiled() == list.get(1).spoiled()) {
                agreed.put(number, list.get(0));
            } else {
                mismatched.add(number);
            }
        });
        return new Reconciliation(agreed, mismatched, pending);
    }

    /**
     * The round's view: counts from the reconciled paper ballots and the electronic ballots (which need no second
     * entry), winners as announced (or as they would be).
     */
    public static ElectionRound view(
            RoundRow round,
            List<RoundCandidateRow> names,
            Map<UUID, String> fullNames,
            List<EntryRow> entries,
            List<String> electronic,
            int base) {
        Reconciliation r = reconcile(entries);
        BallotTally tally = new BallotTally(round.form(), round.seats(), names.size());
        r.agreed().values().forEach(e -> tally.add(e.marks(), e.spoiled()));
        electronic.forEach(marks -> tally.add(marks, false));
        List<WinnerPolicy.Count> counts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            counts.add(new WinnerPolicy.Count(names.get(i).candidateId(), tally.votes(i)));
        }
        WinnerPolicy.Outcome outcome = WinnerPolicy.decide(counts, base, round.seats());
        List<ElectionRound.ElectionRoundResult> results = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            RoundCandidateRow n = names.get(i);
            int votes = tally.votes(i);
            results.add(new ElectionRound.ElectionRoundResult(
                    n.candidateId(),
                    fullNames.getOrDefault(n.candidateId(), ""),
                    n.position(),
                    votes,
                    base == 0 ? 0 : Math.round(votes * 1000.0 / base) / 10.0,
                    WinnerPolicy.passes(votes, base),
                    round.announced() && outcome.elected().contains(n.candidateId()),
                    round.announced() && outcome.tied().contains(n.candidateId())));
        }
        if (round.announced()) {
            results.sort(Comparator.comparingInt(ElectionRound.ElectionRoundResult::votes)
                    .reversed()
                    .thenComparingInt(ElectionRound.ElectionRoundResult::position));
        }
        return new ElectionRound(
                round.number(),
                round.seats(),
                round.form(),
                round.issued(),
                round.returned(),
                r.agreed().size() + electronic.size(),
                r.mismatched(),
                r.pending(),
                tally.valid(),
                tally.invalid(),
                round.announced(),
                results,
                round.announced() ? outcome.tiedSeats() : 0,
                round.announced() ? outcome.unfilled() : 0);
    }
}

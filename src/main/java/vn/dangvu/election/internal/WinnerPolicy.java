package vn.dangvu.election.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * QĐ 190-QĐ/TW, Điều 30 (REGULATIONS §8.6): a candidate is elected with the votes of more than half of the electorate
 * base, counted on valid ballots — strictly, {@code votes × 2 > base}, so exactly half fails. When more pass than there
 * are seats, the highest win; the candidates tied at the cut-off go to a further round among themselves for the seats
 * left ([I], practice under QĐ 244); seats nobody fills are left for further rounds as the congress decides.
 */
public final class WinnerPolicy {

    static final String SOURCE = "QĐ 190-QĐ/TW, Điều 30";

    private WinnerPolicy() {}

    /**
     * A candidate's count.
     *
     * @param candidateId the candidate
     * @param votes valid votes
     */
    public record Count(UUID candidateId, int votes) {}

    /**
     * The result of a round.
     *
     * @param elected elected, highest first
     * @param tied passed the majority but tied at the cut-off: a further round among them for {@code tiedSeats}
     * @param tiedSeats the seats the tied compete for
     * @param unfilled seats neither elected nor contested by the tied
     */
    public record Outcome(List<UUID> elected, List<UUID> tied, int tiedSeats, int unfilled) {}

    /** Whether {@code votes} of valid ballots elect against the base. */
    public static boolean passes(int votes, int base) {
        return (long) votes * 2 > base;
    }

    /** The outcome of a round for {@code seats} seats. */
    public static Outcome decide(List<Count> counts, int base, int seats) {
        List<Count> passed = counts.stream()
                .filter(c -> passes(c.votes(), base))
                .sorted(Comparator.comparingInt(Count::votes).reversed())
                .toList();
        if (passed.size() <= seats) {
            return new Outcome(passed.stream().map(Count::candidateId).toList(), List.of(), 0, seats - passed.size());
        }
        int cutOff = passed.get(seats - 1).votes();
        List<UUID> elected = new ArrayList<>();
        List<UUID> tied = new ArrayList<>();
        for (Count c : passed) {
            if (c.votes() > cutOff) {
                elected.add(c.candidateId());
            } else if (c.votes() == cutOff) {
                tied.add(c.candidateId());
            }
        }
        if (elected.size() + tied.size() == seats) {
            elected.addAll(tied);
            return new Outcome(elected, List.of(), 0, 0);
        }
        return new Outcome(elected, tied, seats - elected.size(), 0);
    }
}

package vn.dangvu.election;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A round of voting and, once counted, its result.
 *
 * @param number 1 for the first round
 * @param seats seats filled in this round
 * @param form the ballot's form
 * @param issued ballots issued, once voting opened
 * @param returned ballots returned, once the box is closed
 * @param reconciled ballots entered twice in agreement
 * @param mismatched ballot numbers whose two entries disagree (to be entered again)
 * @param pending ballot numbers entered only once
 * @param valid valid ballots among the reconciled
 * @param invalid invalid ballots among the reconciled
 * @param announced whether the result is announced
 * @param results the names of the round with their votes, highest first once counted
 * @param tiedSeats seats left to a further round among the tied
 * @param unfilled seats nobody filled
 */
public record ElectionRound(
        int number,
        int seats,
        BallotForm form,
        @Nullable Integer issued,
        @Nullable Integer returned,
        int reconciled,
        List<Integer> mismatched,
        List<Integer> pending,
        int valid,
        int invalid,
        boolean announced,
        List<ElectionRoundResult> results,
        int tiedSeats,
        int unfilled) {

    /**
     * One name's count in a round.
     *
     * @param candidateId the candidate
     * @param fullName the name
     * @param position the place on the ballot (from 1)
     * @param votes valid votes
     * @param percentOfBase votes as a percentage of the electorate base, one decimal
     * @param passes whether the votes exceed half of the base
     * @param elected whether elected (when announced)
     * @param tied whether tied at the cut-off (when announced)
     */
    public record ElectionRoundResult(
            UUID candidateId,
            String fullName,
            int position,
            int votes,
            double percentOfBase,
            boolean passes,
            boolean elected,
            boolean tied) {}
}

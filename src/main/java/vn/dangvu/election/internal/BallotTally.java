package vn.dangvu.election.internal;

import vn.dangvu.election.BallotForm;

/**
 * Counts a round's ballots through {@link BallotValidityPolicy}: issued, returned, valid, invalid and each name's votes.
 * The vote-counting committee reconciles the issued ballots with those returned (QĐ 190-QĐ/TW, Điều 8).
 */
public final class BallotTally {

    private final BallotForm form;
    private final int seats;
    private final int[] votes;
    private int valid;
    private int invalid;

    public BallotTally(BallotForm form, int seats, int names) {
        this.form = form;
        this.seats = seats;
        this.votes = new int[names];
    }

    /** Adds one returned ballot. */
    public void add(String marks, boolean spoiled) {
        BallotValidityPolicy.Verdict verdict = BallotValidityPolicy.judge(form, seats, marks, spoiled);
        if (!verdict.valid()) {
            invalid++;
            return;
        }
        valid++;
        for (int i = 0; i < votes.length; i++) {
            if (verdict.votes()[i]) {
                votes[i]++;
            }
        }
    }

    public int valid() {
        return valid;
    }

    public int invalid() {
        return invalid;
    }

    public int returned() {
        return valid + invalid;
    }

    /** Votes of the name at list position {@code index}. */
    public int votes(int index) {
        return votes[index];
    }
}

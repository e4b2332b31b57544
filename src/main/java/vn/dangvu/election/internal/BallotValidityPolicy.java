package vn.dangvu.election.internal;

import vn.dangvu.election.BallotForm;
import vn.dangvu.election.BallotMark;

/**
 * QĐ 190-QĐ/TW, Điều 15 (REGULATIONS §8.4), which ballots count and for whom.
 *
 * <ul>
 *   <li>Not issued by the vote-counting committee, or with names added or other writing ([I]): invalid.
 *   <li>Strike-out ballot (list with surplus): more names kept than seats is invalid, which includes striking nobody;
 *       striking every name of a list of several is invalid (a vote for no one); otherwise each kept name gets a vote.
 *   <li>Yes/no ballot (list without surplus, direct election of the secretary): a single-name ballot is valid only with
 *       exactly one box ticked; on a multi-name ballot a name with both boxes or neither ticked leaves the ballot valid
 *       but gives that name nothing; more "đồng ý" than seats is invalid; each "đồng ý" is a vote.
 * </ul>
 *
 * Marks are one letter per listed name, in list order ({@link BallotMark}).
 */
public final class BallotValidityPolicy {

    static final String SOURCE = "QĐ 190-QĐ/TW, Điều 15";

    private BallotValidityPolicy() {}

    /**
     * The verdict on a ballot.
     *
     * @param valid whether it is valid
     * @param reason the rule that makes it invalid, or null
     * @param votes for each listed name, whether it gets this ballot's vote (all false when invalid)
     */
    public record Verdict(
            boolean valid,
            @org.jspecify.annotations.Nullable String reason,
            boolean[] votes) {}

    /**
     * Judges a ballot.
     *
     * @param form the ballot's form
     * @param seats the seats of the round
     * @param marks one mark letter per listed name
     * @param spoiled not issued by the committee, or carrying added names or other writing
     */
    public static Verdict judge(BallotForm form, int seats, String marks, boolean spoiled) {
        int names = marks.length();
        boolean[] votes = new boolean[names];
        if (spoiled) {
            return invalid("election.ballot.spoiled", names);
        }
        for (int i = 0; i < names; i++) {
            if (!BallotMark.of(marks.charAt(i)).fits(form)) {
                throw new IllegalArgumentException("mark does not fit the form");
            }
        }
        if (form == BallotForm.STRIKE_OUT) {
            int kept = 0;
            for (int i = 0; i < names; i++) {
                votes[i] = marks.charAt(i) == 'K';
                kept += votes[i] ? 1 : 0;
            }
            if (kept > seats) {
                return invalid("election.ballot.too-many-kept", names);
            }
            if (kept == 0 && names > 1) {
                return invalid("election.ballot.all-struck", names);
            }
            return new Verdict(true, null, votes);
        }
        if (names == 1) {
            char m = marks.charAt(0);
            if (m == 'B' || m == 'O') {
                return invalid("election.ballot.single-unmarked", names);
            }
            votes[0] = m == 'Y';
            return new Verdict(true, null, votes);
        }
        int yes = 0;
        for (int i = 0; i < names; i++) {
            votes[i] = marks.charAt(i) == 'Y';
            yes += votes[i] ? 1 : 0;
        }
        if (yes > seats) {
            return invalid("election.ballot.too-many-kept", names);
        }
        return new Verdict(true, null, votes);
    }

    private static Verdict invalid(String reason, int names) {
        return new Verdict(false, reason, new boolean[names]);
    }
}

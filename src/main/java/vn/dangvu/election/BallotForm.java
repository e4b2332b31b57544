package vn.dangvu.election;

/** The layout of a ballot (QĐ 190-QĐ/TW, Điều 15; REGULATIONS §8.4). */
public enum BallotForm {
    /** Names listed; the voter strikes through the name of anyone not supported (list with surplus). */
    STRIKE_OUT,
    /** Columns đồng ý / không đồng ý; the voter ticks one (list without surplus, direct election of the secretary). */
    YES_NO;

    /** The form for a list of this many names for this many seats. */
    public static BallotForm of(int candidates, int seats) {
        return candidates > seats ? STRIKE_OUT : YES_NO;
    }
}

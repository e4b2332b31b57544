package vn.dangvu.election;

/**
 * What a ballot shows against one name, in one letter for storage: on a strike-out ballot {@code K} (kept) or {@code
 * S} (struck through); on a yes/no ballot {@code Y} (đồng ý), {@code N} (không đồng ý), {@code B} (both boxes) or
 * {@code O} (neither).
 */
public enum BallotMark {
    KEEP('K'),
    STRIKE('S'),
    YES('Y'),
    NO('N'),
    BOTH('B'),
    NEITHER('O');

    private final char letter;

    BallotMark(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** Whether the mark belongs on a ballot of this form. */
    public boolean fits(BallotForm form) {
        return form == BallotForm.STRIKE_OUT ? this == KEEP || this == STRIKE : this != KEEP && this != STRIKE;
    }

    /** The mark of a letter. */
    public static BallotMark of(char letter) {
        for (BallotMark m : values()) {
            if (m.letter == letter) {
                return m;
            }
        }
        throw new IllegalArgumentException("mark " + letter);
    }
}

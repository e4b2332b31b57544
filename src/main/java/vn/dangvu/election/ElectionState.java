package vn.dangvu.election;

/** The steps of an election; each step is refused while a rule of QĐ 190-QĐ/TW fails. */
public enum ElectionState {
    /** Seats, roll, list and counting committee being prepared. */
    DRAFT,
    /** The congress has adopted the list and the counting committee. */
    LIST_ADOPTED,
    /** Ballots issued; voting under way. */
    VOTING_OPEN,
    /** Ballot box closed; the counting committee enters and reconciles ballots. */
    COUNTING,
    /** The round's result announced (a further round may follow). */
    RESULTS_ANNOUNCED
}

package vn.dangvu.inspection;

/** What a discipline decision did to other records, and what its annulment did or could not undo. */
public enum DisciplineEffect {
    /** The member's expulsion was recorded in the registry (membership ended). */
    MEMBERSHIP_ENDED,
    /** The member or organisation is rated "not completed" for the year of the decision. */
    EVALUATION_NOT_COMPLETED,
    /**
     * A dissolution was decided; the organisation staff dissolve the unit in the tree once its members and units are
     * assigned elsewhere (the tree refuses to dissolve a unit that still has them).
     */
    DISSOLUTION_RECORDED,
    /** The expulsion was annulled in the registry: the member is back in the state before it. */
    MEMBERSHIP_RESTORED,
    /** The expulsion could not be annulled in the registry (a later step was recorded): restore it there by hand. */
    MEMBERSHIP_RESTORATION_PENDING,
    /** The "not completed" rating the decision forced was withdrawn (a level already decided stays as decided). */
    EVALUATION_RESTORED
}

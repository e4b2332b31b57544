package vn.dangvu.petition;

/** The steps recorded in a petition's history. */
public enum PetitionStepAction {
    RECEIVED,
    CLASSIFIED,
    ACCEPTED,
    ROUTED,
    GUIDED,
    EXTENDED,
    ATTACHED,
    REPLIED
}

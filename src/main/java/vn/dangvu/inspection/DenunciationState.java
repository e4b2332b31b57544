package vn.dangvu.inspection;

/** Where a party-internal denunciation stands (REGULATIONS §10.6). */
public enum DenunciationState {
    /** Recorded, awaiting the commission's acceptance for handling (thụ lý). */
    RECEIVED,
    /** Recorded but not handled, for the reason the rule names (anonymous, false name, collective, repeated). */
    NOT_HANDLED,
    /** Accepted: the commission verifies it within the deadline. */
    HANDLING,
    /** Concluded with a finding. */
    CONCLUDED
}

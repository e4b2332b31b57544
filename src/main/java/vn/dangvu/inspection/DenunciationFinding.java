package vn.dangvu.inspection;

/** The conclusion on a denunciation: founded, partly founded or unfounded (đúng, đúng một phần, sai). */
public enum DenunciationFinding {
    FOUNDED,
    PARTLY_FOUNDED,
    UNFOUNDED
}

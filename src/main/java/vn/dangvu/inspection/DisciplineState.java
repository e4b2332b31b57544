package vn.dangvu.inspection;

/** Where a discipline decision stands after its appeals. It is in force while an appeal is pending. */
public enum DisciplineState {
    /** In force (upheld if appealed). */
    IN_FORCE,
    /** An appeal changed its form. */
    CHANGED,
    /** An appeal annulled it: the subject's rights are restored. */
    ANNULLED
}

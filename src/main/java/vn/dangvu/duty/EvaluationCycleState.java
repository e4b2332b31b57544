package vn.dangvu.duty;

/** The steps of a cycle (REGULATIONS §5.4), in order. */
public enum EvaluationCycleState {
    /** Opened, members not yet asked. */
    OPEN,
    /** Members write their self-assessment and proposed level. */
    SELF_ASSESSMENT,
    /** Cells appraise and propose levels; the committee decides each grassroots organisation. */
    APPRAISAL,
    /** The competent body's decision is recorded. */
    DECIDED,
    /** Results made known to the members. */
    PUBLISHED;

    /** The next step, or {@code null} after publication. */
    public EvaluationCycleState next() {
        return this == PUBLISHED ? PUBLISHED : values()[ordinal() + 1];
    }
}

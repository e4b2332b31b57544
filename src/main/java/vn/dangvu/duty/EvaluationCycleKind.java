package vn.dangvu.duty;

/** Who a cycle rates: the members of the cells under the committee, or its organisations. */
public enum EvaluationCycleKind {
    MEMBER,
    ORGANISATION
}

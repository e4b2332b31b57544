package vn.dangvu.duty;

/** The span a cycle rates (QĐ 366-QĐ/TW: by term, yearly, quarterly). Only yearly results count for standing. */
public enum EvaluationPeriod {
    YEAR,
    Q1,
    Q2,
    Q3,
    Q4,
    TERM
}

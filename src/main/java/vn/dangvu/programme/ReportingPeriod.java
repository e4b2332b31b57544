package vn.dangvu.programme;

/** How often the responsible organisation reports an indicator's actual value. */
public enum ReportingPeriod {
    /** Each quarter: periods {@code 2026-Q1} … */
    QUARTER,
    /** Each year: periods {@code 2026} … */
    YEAR
}

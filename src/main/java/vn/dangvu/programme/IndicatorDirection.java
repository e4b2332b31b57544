package vn.dangvu.programme;

/** Which way an indicator's target is met. */
public enum IndicatorDirection {
    /** The value must reach the target or more (e.g. "at least 95% of cells rated good"). */
    AT_LEAST,
    /** The value must stay at or below the target (e.g. "members disciplined: at most 0.5%"). */
    AT_MOST,
    /** The value must equal the target (e.g. "100% of communes with a Party committee"). */
    EXACTLY,
    /** A one-off result achieved by the target date; the reported value is the progress in percent. */
    BY_DATE
}

package vn.dangvu.programme;

/** An indicator's standing as of a day (rule: {@code IndicatorStatusPolicy}). */
public enum IndicatorStatus {
    /** Đạt: the target is met. */
    MET,
    /** Đúng tiến độ: not met yet, but the value keeps up with the expected progress. */
    ON_TRACK,
    /** Có nguy cơ không đạt: behind the expected progress while time remains. */
    AT_RISK,
    /** Không đạt: the period (or target date) is over and the target is not met. */
    NOT_MET,
    /** Chưa báo cáo: no value reported by then. */
    NOT_REPORTED
}

package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of the administrator's recount: every counter that differs from a recount of the live data.
 *
 * @param asOf the reference date of the bands compared
 * @param repaired whether the counters were replaced by the recount
 * @param differences every (unit, dimension, bucket) whose counter differs, with both values
 * @param millis how long the recount took
 */
record StatisticsRecount(LocalDate asOf, boolean repaired, List<Difference> differences, long millis) {

    /** One counter that differs from the recount. */
    record Difference(long unitId, String unitName, String dimension, String bucket, long counter, long recount) {}
}

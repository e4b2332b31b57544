package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.org.OrgUnitRef;

/**
 * The statistics of an organisation and its whole subtree on a reference date.
 *
 * @param unit the organisation
 * @param asOf the reference date: today's counters, or the date asked for
 * @param source {@code COUNTERS} (current, from the subtree counters) or {@code HISTORY} (as of a past date, from the
 *     members' dated history)
 * @param members counted members (probationary, official, exempted, in transit), each counted once
 * @param breakdowns one per {@link StatDimension}, in the enum's order; buckets with members only, largest first
 *     except for ordered bands (age, membership age, levels), which keep their natural order
 * @param children one row per direct child organisation, in tree order
 */
public record SubtreeStatistics(
        OrgUnitRef unit,
        LocalDate asOf,
        String source,
        long members,
        List<Breakdown> breakdowns,
        List<ChildStatistics> children) {

    /** The buckets of one dimension. */
    public record Breakdown(StatDimension dimension, List<Bucket> buckets) {}

    /** A bucket key (see {@link StatDimension}) and its count. */
    public record Bucket(String key, long count) {}

    /**
     * A direct child organisation's key figures, for the drill-down.
     *
     * @param unit the child
     * @param members counted members of its subtree
     * @param official official members
     * @param probationary probationary members
     * @param women women among the counted members
     * @param cells cells in its subtree
     */
    public record ChildStatistics(
            OrgUnitRef unit, long members, long official, long probationary, long women, long cells) {}
}

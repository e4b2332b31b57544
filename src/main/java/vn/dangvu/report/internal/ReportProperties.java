package vn.dangvu.report.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings.
 *
 * @param place the place named before the date in the heading of every report ("Hà Nội, ngày … tháng … năm …")
 * @param countAtStart whether a start counts what was never counted (the counters, the members' periods); off only
 *     for tools that do not read statistics, such as the search benchmark (a national count takes minutes)
 * @param datedTotalsDepth the depth down to which units keep dated totals (0: the root only; 1: the root and its
 *     children, the provinces of the nation or the communes of a city): their statistics as of any date are read from
 *     the totals instead of their counted periods. Each level adds the cost of a rebuild again; below the root the
 *     periods answer within the targets (a province of the nation in about a second, docs/benchmarks.md)
 * @param datedTotalsInBackground whether a full rebuild of the dated totals (after an import or an organisation
 *     change), and their catch-up after members' changes, run on a thread of their own after the change commits; off,
 *     they run in the committing thread (tests)
 * @param datedTotalsCatchUpDelay how long the catch-up of the dated totals waits after a change commits, to take in
 *     the changes of that while together (its statements cost about the same for one member as for a hundred); reads
 *     never wait for it (they catch up themselves)
 * @param rebuildTimeout the longest a full count or rebuild of the statistics (the counters, the members' periods, the
 *     dated totals) may run in its transaction; its statements are not held to the per-statement limit of requests
 *     ({@code DB_QUERY_TIMEOUT}), as one of them can run for minutes at national scale on a busy machine
 */
@ConfigurationProperties("dangvu.reports")
public record ReportProperties(
        @DefaultValue("Hà Nội") String place,
        @DefaultValue("true") boolean countAtStart,
        @DefaultValue("0") int datedTotalsDepth,
        @DefaultValue("true") boolean datedTotalsInBackground,
        @DefaultValue("1s") java.time.Duration datedTotalsCatchUpDelay,
        @DefaultValue("2h") java.time.Duration rebuildTimeout) {

    /** A transaction for a full count or rebuild: its own time limit instead of the per-statement one of requests. */
    org.springframework.transaction.support.TransactionTemplate rebuilding(
            org.springframework.transaction.PlatformTransactionManager transactions) {
        org.springframework.transaction.support.TransactionTemplate template =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        template.setTimeout((int) rebuildTimeout.toSeconds());
        return template;
    }
}

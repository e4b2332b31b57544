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
 *     change) runs on a thread of its own after the change commits; off, it runs in the committing thread (tests)
 */
@ConfigurationProperties("dangvu.reports")
public record ReportProperties(
        @DefaultValue("Hà Nội") String place,
        @DefaultValue("true") boolean countAtStart,
        @DefaultValue("0") int datedTotalsDepth,
        @DefaultValue("true") boolean datedTotalsInBackground) {}

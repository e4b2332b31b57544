package vn.dangvu.report.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings.
 *
 * @param place the place named before the date in the heading of every report ("Hà Nội, ngày … tháng … năm …")
 * @param countAtStart whether a start counts what was never counted (the counters, the members' periods); off only
 *     for tools that do not read statistics, such as the search benchmark (a national count takes minutes)
 */
@ConfigurationProperties("dangvu.reports")
public record ReportProperties(
        @DefaultValue("Hà Nội") String place,
        @DefaultValue("true") boolean countAtStart) {}

package vn.dangvu.report.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings.
 *
 * @param place the place named before the date in the heading of every report ("Hà Nội, ngày … tháng … năm …")
 */
@ConfigurationProperties("dangvu.reports")
record ReportProperties(@DefaultValue("Hà Nội") String place) {}

package vn.dangvu.report.internal;

/** {@link ReportScenarios} on the embedded database. */
class ReportIntegrationTests extends ReportScenarios {}

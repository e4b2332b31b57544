package vn.dangvu.report.internal;

/** {@link HistoryScenarios} on the embedded database. */
class HistoryIntegrationTests extends HistoryScenarios {}

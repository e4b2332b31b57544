package vn.dangvu.report.internal;

/** {@link HistoryPropertyScenarios} on the embedded database. */
class HistoryPropertyIntegrationTests extends HistoryPropertyScenarios {}

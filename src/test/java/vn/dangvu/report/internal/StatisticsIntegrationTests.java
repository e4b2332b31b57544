package vn.dangvu.report.internal;

/** {@link StatisticsScenarios} on the embedded database. */
class StatisticsIntegrationTests extends StatisticsScenarios {}

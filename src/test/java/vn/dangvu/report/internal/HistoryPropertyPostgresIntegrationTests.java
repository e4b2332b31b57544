package vn.dangvu.report.internal;

import vn.dangvu.support.OnPostgres;

/** {@link HistoryPropertyScenarios} on PostgreSQL (the one-pass GROUPING SETS query). */
@OnPostgres
class HistoryPropertyPostgresIntegrationTests extends HistoryPropertyScenarios {}

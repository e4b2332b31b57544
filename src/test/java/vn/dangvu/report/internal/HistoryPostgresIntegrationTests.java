package vn.dangvu.report.internal;

import vn.dangvu.support.OnPostgres;

/** {@link HistoryScenarios} on PostgreSQL. */
@OnPostgres
class HistoryPostgresIntegrationTests extends HistoryScenarios {}

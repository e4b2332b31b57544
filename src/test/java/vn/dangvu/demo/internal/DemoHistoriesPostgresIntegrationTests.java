package vn.dangvu.demo.internal;

import vn.dangvu.support.OnPostgres;

/** {@link DemoHistoryScenarios} on PostgreSQL. */
@OnPostgres
class DemoHistoriesPostgresIntegrationTests extends DemoHistoryScenarios {}

package vn.dangvu.faults;

import vn.dangvu.support.OnPostgres;

/** {@link SlowDatabaseScenarios} on PostgreSQL (the statement timeout). */
@OnPostgres
class SlowDatabasePostgresIntegrationTests extends SlowDatabaseScenarios {}

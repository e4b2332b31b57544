package vn.dangvu.faults;

import vn.dangvu.support.OnPostgres;

/** {@link RetiredConnectionScenarios} on PostgreSQL. */
@OnPostgres
class RetiredConnectionPostgresIntegrationTests extends RetiredConnectionScenarios {}

package vn.dangvu.election.internal;

import vn.dangvu.support.OnPostgres;

/** {@link ElectionScenarios} on PostgreSQL. */
@OnPostgres
class ElectionPostgresIntegrationTests extends ElectionScenarios {}

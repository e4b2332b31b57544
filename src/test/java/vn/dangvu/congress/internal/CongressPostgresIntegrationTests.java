package vn.dangvu.congress.internal;

import vn.dangvu.support.OnPostgres;

/** {@link CongressScenarios} on PostgreSQL. */
@OnPostgres
class CongressPostgresIntegrationTests extends CongressScenarios {}

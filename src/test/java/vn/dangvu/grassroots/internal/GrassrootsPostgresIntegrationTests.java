package vn.dangvu.grassroots.internal;

import vn.dangvu.support.OnPostgres;

/** {@link GrassrootsScenarios} on PostgreSQL. */
@OnPostgres
class GrassrootsPostgresIntegrationTests extends GrassrootsScenarios {}

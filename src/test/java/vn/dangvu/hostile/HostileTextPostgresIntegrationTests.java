package vn.dangvu.hostile;

import vn.dangvu.support.OnPostgres;

/** {@link HostileTextScenarios} on PostgreSQL, whose column limits and text checks are the production ones. */
@OnPostgres
class HostileTextPostgresIntegrationTests extends HostileTextScenarios {}

package vn.dangvu.org.internal;

import vn.dangvu.support.OnPostgres;

/** {@link OrgTreeScenarios} on PostgreSQL. */
@OnPostgres
class OrgTreePostgresIntegrationTests extends OrgTreeScenarios {}

package vn.dangvu.org.internal;

import vn.dangvu.support.OnPostgres;

/** {@link OrgChangeScenarios} on PostgreSQL. */
@OnPostgres
class OrgChangePostgresIntegrationTests extends OrgChangeScenarios {}

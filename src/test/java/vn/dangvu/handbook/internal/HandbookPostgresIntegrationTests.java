package vn.dangvu.handbook.internal;

import vn.dangvu.support.OnPostgres;

/** {@link HandbookScenarios} on PostgreSQL. */
@OnPostgres
class HandbookPostgresIntegrationTests extends HandbookScenarios {}

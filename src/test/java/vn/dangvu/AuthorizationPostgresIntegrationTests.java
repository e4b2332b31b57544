package vn.dangvu;

import vn.dangvu.support.OnPostgres;

/** {@link AuthorizationScenarios} on PostgreSQL. */
@OnPostgres
class AuthorizationPostgresIntegrationTests extends AuthorizationScenarios {}

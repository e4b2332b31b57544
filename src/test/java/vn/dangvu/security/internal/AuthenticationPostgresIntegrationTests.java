package vn.dangvu.security.internal;

import vn.dangvu.support.OnPostgres;

/** {@link AuthenticationScenarios} on PostgreSQL. */
@OnPostgres
class AuthenticationPostgresIntegrationTests extends AuthenticationScenarios {}

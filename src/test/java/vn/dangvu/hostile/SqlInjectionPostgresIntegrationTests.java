package vn.dangvu.hostile;

import vn.dangvu.support.OnPostgres;

/** {@link SqlInjectionScenarios} on PostgreSQL, where {@code pg_sleep} exists and NUL bytes are refused by the server. */
@OnPostgres
class SqlInjectionPostgresIntegrationTests extends SqlInjectionScenarios {}

package vn.dangvu.programme.internal;

import vn.dangvu.support.OnPostgres;

/** {@link ProgrammeScenarios} on PostgreSQL. */
@OnPostgres
class ProgrammePostgresIntegrationTests extends ProgrammeScenarios {}

package vn.dangvu.petition.internal;

import vn.dangvu.support.OnPostgres;

/** {@link PetitionScenarios} on PostgreSQL. */
@OnPostgres
class PetitionPostgresIntegrationTests extends PetitionScenarios {}

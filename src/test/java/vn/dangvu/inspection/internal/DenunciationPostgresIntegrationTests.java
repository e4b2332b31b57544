package vn.dangvu.inspection.internal;

import vn.dangvu.support.OnPostgres;

/** {@link DenunciationScenarios} on PostgreSQL. */
@OnPostgres
class DenunciationPostgresIntegrationTests extends DenunciationScenarios {}

package vn.dangvu.duty.internal.fee;

import vn.dangvu.support.OnPostgres;

/** {@link FeeScenarios} on PostgreSQL. */
@OnPostgres
class FeePostgresIntegrationTests extends FeeScenarios {}

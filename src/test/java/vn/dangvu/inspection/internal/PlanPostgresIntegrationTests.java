package vn.dangvu.inspection.internal;

import vn.dangvu.support.OnPostgres;

/** {@link PlanScenarios} on PostgreSQL. */
@OnPostgres
class PlanPostgresIntegrationTests extends PlanScenarios {}

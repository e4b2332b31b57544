package vn.dangvu.inspection.internal;

import vn.dangvu.support.OnPostgres;

/** {@link InspectionScenarios} on PostgreSQL. */
@OnPostgres
class InspectionPostgresIntegrationTests extends InspectionScenarios {}

package vn.dangvu.inspection.internal;

import vn.dangvu.support.OnPostgres;

/** {@link InspectionReportScenarios} on PostgreSQL. */
@OnPostgres
class InspectionReportPostgresIntegrationTests extends InspectionReportScenarios {}

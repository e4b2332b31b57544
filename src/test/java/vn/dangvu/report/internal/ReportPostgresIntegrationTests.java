package vn.dangvu.report.internal;

import vn.dangvu.support.OnPostgres;

/** {@link ReportScenarios} on PostgreSQL. */
@OnPostgres
class ReportPostgresIntegrationTests extends ReportScenarios {}

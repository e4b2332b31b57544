package vn.dangvu.report.internal;

import vn.dangvu.support.OnPostgres;

/** {@link StatisticsScenarios} on PostgreSQL. */
@OnPostgres
class StatisticsPostgresIntegrationTests extends StatisticsScenarios {}

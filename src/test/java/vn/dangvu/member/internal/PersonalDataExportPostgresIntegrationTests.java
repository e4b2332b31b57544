package vn.dangvu.member.internal;

import vn.dangvu.support.OnPostgres;

/** {@link PersonalDataExportScenarios} on PostgreSQL. */
@OnPostgres
class PersonalDataExportPostgresIntegrationTests extends PersonalDataExportScenarios {}

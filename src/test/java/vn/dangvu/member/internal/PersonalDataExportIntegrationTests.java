package vn.dangvu.member.internal;

/** {@link PersonalDataExportScenarios} on the embedded database. */
class PersonalDataExportIntegrationTests extends PersonalDataExportScenarios {}

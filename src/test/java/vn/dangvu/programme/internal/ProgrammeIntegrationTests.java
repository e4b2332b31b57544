package vn.dangvu.programme.internal;

/** {@link ProgrammeScenarios} on the embedded database. */
class ProgrammeIntegrationTests extends ProgrammeScenarios {}

package vn.dangvu.faults;

/** {@link SlowDatabaseScenarios} on the embedded database (its lock timeout). */
class SlowDatabaseIntegrationTests extends SlowDatabaseScenarios {}

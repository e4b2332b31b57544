package vn.dangvu.faults;

/** {@link RetiredConnectionScenarios} on the embedded database, where the fault was. */
class RetiredConnectionIntegrationTests extends RetiredConnectionScenarios {}

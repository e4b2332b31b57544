package vn.dangvu.election.internal;

/** {@link ElectionScenarios} on the embedded database. */
class ElectionIntegrationTests extends ElectionScenarios {}

package vn.dangvu.congress.internal;

/** {@link CongressScenarios} on the embedded database. */
class CongressIntegrationTests extends CongressScenarios {}

package vn.dangvu.handbook.internal;

/** {@link HandbookScenarios} on the embedded database. */
class HandbookIntegrationTests extends HandbookScenarios {}

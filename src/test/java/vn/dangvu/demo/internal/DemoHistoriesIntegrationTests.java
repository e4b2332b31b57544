package vn.dangvu.demo.internal;

/** {@link DemoHistoryScenarios} on the embedded database. */
class DemoHistoriesIntegrationTests extends DemoHistoryScenarios {}

package vn.dangvu.hostile;

/** {@link SqlInjectionScenarios} on the embedded H2. */
class SqlInjectionIntegrationTests extends SqlInjectionScenarios {}

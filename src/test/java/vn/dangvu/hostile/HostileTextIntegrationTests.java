package vn.dangvu.hostile;

/** {@link HostileTextScenarios} on the embedded H2. */
class HostileTextIntegrationTests extends HostileTextScenarios {}

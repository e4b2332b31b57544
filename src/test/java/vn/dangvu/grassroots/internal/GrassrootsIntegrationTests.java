package vn.dangvu.grassroots.internal;

/** {@link GrassrootsScenarios} on the embedded database. */
class GrassrootsIntegrationTests extends GrassrootsScenarios {}

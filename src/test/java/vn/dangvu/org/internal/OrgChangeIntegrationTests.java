package vn.dangvu.org.internal;

/** {@link OrgChangeScenarios} on the embedded H2 database. */
class OrgChangeIntegrationTests extends OrgChangeScenarios {}

package vn.dangvu.org.internal;

/** {@link OrgTreeScenarios} on the embedded H2 database. */
class OrgTreeIntegrationTests extends OrgTreeScenarios {}

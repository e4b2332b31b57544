package vn.dangvu.security.internal;

/** {@link TotpScenarios} on the embedded H2 database. */
class TotpIntegrationTests extends TotpScenarios {}

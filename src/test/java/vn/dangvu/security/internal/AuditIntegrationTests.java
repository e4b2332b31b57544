package vn.dangvu.security.internal;

/** {@link AuditScenarios} on the embedded H2 database. */
class AuditIntegrationTests extends AuditScenarios {}

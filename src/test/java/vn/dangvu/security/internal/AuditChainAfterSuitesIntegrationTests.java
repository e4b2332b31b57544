package vn.dangvu.security.internal;

import org.junit.jupiter.api.Order;

/** {@link AuditChainAfterSuitesScenarios} on the embedded H2 database shared by the H2 suites. */
@Order(Integer.MAX_VALUE)
class AuditChainAfterSuitesIntegrationTests extends AuditChainAfterSuitesScenarios {}

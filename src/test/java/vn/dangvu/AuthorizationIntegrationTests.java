package vn.dangvu;

/** {@link AuthorizationScenarios} on the embedded H2 database. */
class AuthorizationIntegrationTests extends AuthorizationScenarios {}

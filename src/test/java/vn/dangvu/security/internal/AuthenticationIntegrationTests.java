package vn.dangvu.security.internal;

/** {@link AuthenticationScenarios} on the embedded H2 database. */
class AuthenticationIntegrationTests extends AuthenticationScenarios {}

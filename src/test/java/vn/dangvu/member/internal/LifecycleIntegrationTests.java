package vn.dangvu.member.internal;

/** {@link LifecycleScenarios} on the embedded database. */
class LifecycleIntegrationTests extends LifecycleScenarios {}

package vn.dangvu.inspection.internal;

/** {@link PlanScenarios} on the embedded database. */
class PlanIntegrationTests extends PlanScenarios {}

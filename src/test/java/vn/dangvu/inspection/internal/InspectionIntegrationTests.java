package vn.dangvu.inspection.internal;

/** {@link InspectionScenarios} on the embedded database. */
class InspectionIntegrationTests extends InspectionScenarios {}

package vn.dangvu.inspection.internal;

/** {@link InspectionReportScenarios} on the embedded database. */
class InspectionReportIntegrationTests extends InspectionReportScenarios {}

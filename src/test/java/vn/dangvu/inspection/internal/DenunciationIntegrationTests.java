package vn.dangvu.inspection.internal;

/** {@link DenunciationScenarios} on the embedded database. */
class DenunciationIntegrationTests extends DenunciationScenarios {}

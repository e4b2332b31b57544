package vn.dangvu.petition.internal;

/** {@link PetitionScenarios} on the embedded database. */
class PetitionIntegrationTests extends PetitionScenarios {}

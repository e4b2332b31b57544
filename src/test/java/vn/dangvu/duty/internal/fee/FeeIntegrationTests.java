package vn.dangvu.duty.internal.fee;

/** {@link FeeScenarios} on the embedded database. */
class FeeIntegrationTests extends FeeScenarios {}

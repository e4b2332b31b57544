package vn.dangvu.conference.internal;

/** {@link ConferenceScenarios} on the embedded database. */
class ConferenceIntegrationTests extends ConferenceScenarios {}

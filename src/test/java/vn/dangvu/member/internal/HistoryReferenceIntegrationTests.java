package vn.dangvu.member.internal;

/** {@link HistoryReferenceScenarios} on the embedded database, where foreign keys keep the references. */
class HistoryReferenceIntegrationTests extends HistoryReferenceScenarios {}

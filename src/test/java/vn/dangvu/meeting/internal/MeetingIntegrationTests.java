package vn.dangvu.meeting.internal;

/** {@link MeetingScenarios} on the embedded database. */
class MeetingIntegrationTests extends MeetingScenarios {}

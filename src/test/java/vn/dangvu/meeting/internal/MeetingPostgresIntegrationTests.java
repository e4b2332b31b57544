package vn.dangvu.meeting.internal;

import vn.dangvu.support.OnPostgres;

/** {@link MeetingScenarios} on PostgreSQL. */
@OnPostgres
class MeetingPostgresIntegrationTests extends MeetingScenarios {}

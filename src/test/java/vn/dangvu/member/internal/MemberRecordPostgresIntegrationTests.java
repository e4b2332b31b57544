package vn.dangvu.member.internal;

import vn.dangvu.support.OnPostgres;

/** {@link MemberRecordScenarios} on PostgreSQL. */
@OnPostgres
class MemberRecordPostgresIntegrationTests extends MemberRecordScenarios {}

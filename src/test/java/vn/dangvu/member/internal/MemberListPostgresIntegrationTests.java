package vn.dangvu.member.internal;

import vn.dangvu.support.OnPostgres;

/** {@link MemberListScenarios} on PostgreSQL. */
@OnPostgres
class MemberListPostgresIntegrationTests extends MemberListScenarios {}

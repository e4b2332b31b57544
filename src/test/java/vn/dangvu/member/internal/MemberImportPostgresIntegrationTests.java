package vn.dangvu.member.internal;

import vn.dangvu.support.OnPostgres;

/** {@link MemberImportScenarios} on PostgreSQL (staging by COPY). */
@OnPostgres
class MemberImportPostgresIntegrationTests extends MemberImportScenarios {}

package vn.dangvu.member.internal;

import vn.dangvu.support.OnPostgres;

/** {@link MemberDocumentScenarios} on PostgreSQL. */
@OnPostgres
class MemberDocumentPostgresIntegrationTests extends MemberDocumentScenarios {}

package vn.dangvu.member.internal;

/** {@link MemberImportScenarios} on the embedded H2 (staging by JDBC batches). */
class MemberImportIntegrationTests extends MemberImportScenarios {}

package vn.dangvu.member.internal;

/** {@link MemberRecordScenarios} on the embedded H2. */
class MemberRecordIntegrationTests extends MemberRecordScenarios {}

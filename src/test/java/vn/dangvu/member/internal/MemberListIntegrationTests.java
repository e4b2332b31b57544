package vn.dangvu.member.internal;

/** {@link MemberListScenarios} on the embedded H2. */
class MemberListIntegrationTests extends MemberListScenarios {}

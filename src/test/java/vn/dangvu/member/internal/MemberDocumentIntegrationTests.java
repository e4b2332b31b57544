package vn.dangvu.member.internal;

/** {@link MemberDocumentScenarios} on the embedded database. */
class MemberDocumentIntegrationTests extends MemberDocumentScenarios {}

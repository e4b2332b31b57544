package vn.dangvu.document.internal;

/** {@link DocumentScenarios} on the embedded database. */
class DocumentIntegrationTests extends DocumentScenarios {}

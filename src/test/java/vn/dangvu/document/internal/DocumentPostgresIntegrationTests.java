package vn.dangvu.document.internal;

import vn.dangvu.support.OnPostgres;

/** {@link DocumentScenarios} on PostgreSQL. */
@OnPostgres
class DocumentPostgresIntegrationTests extends DocumentScenarios {}

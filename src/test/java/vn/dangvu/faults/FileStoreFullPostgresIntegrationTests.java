package vn.dangvu.faults;

import vn.dangvu.support.OnPostgres;

/** {@link FileStoreFullScenarios} on PostgreSQL. */
@OnPostgres
class FileStoreFullPostgresIntegrationTests extends FileStoreFullScenarios {}

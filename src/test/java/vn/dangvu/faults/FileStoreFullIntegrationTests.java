package vn.dangvu.faults;

/** {@link FileStoreFullScenarios} on the embedded database. */
class FileStoreFullIntegrationTests extends FileStoreFullScenarios {}

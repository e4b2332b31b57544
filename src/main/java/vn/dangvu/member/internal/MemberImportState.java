package vn.dangvu.member.internal;

/** Where an import job stands. */
enum MemberImportState {
    /** Accepted, waiting for its turn. */
    QUEUED,
    /** Reading and checking the rows. */
    VALIDATING,
    /** Merging the checked rows into the registry. */
    WRITING,
    /** Written (in "valid rows only" mode, possibly with rows reported as errors). */
    SUCCEEDED,
    /** "All or nothing" found errors: nothing was written. */
    REJECTED,
    /** The file could not be read or the write failed: nothing was written. */
    FAILED;

    boolean finished() {
        return this == SUCCEEDED || this == REJECTED || this == FAILED;
    }
}

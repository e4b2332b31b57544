package vn.dangvu.member.internal;

/** What an import does with a file that has errors. */
enum MemberImportMode {
    /** "Tất cả hoặc không": any error, and nothing is written. */
    ALL_OR_NOTHING,
    /** "Chỉ các dòng hợp lệ": the valid rows are written, the others reported. */
    VALID_ROWS_ONLY
}

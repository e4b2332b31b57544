package vn.dangvu.member.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import job: who started it, on which file and unit, its state and counts, and (on the job's own page) its first
 * errors with their messages.
 *
 * @param rowsTotal data rows in the file as estimated before reading (0 when unknown)
 * @param percent progress of the whole job, 0–100
 * @param failureCode why the job failed, when it did
 * @param failureMessage the failure's message in the caller's language
 * @param errors the first errors, in row order (empty in lists)
 */
record MemberImportView(
        UUID id,
        long orgUnitId,
        String orgUnitName,
        String createdBy,
        Instant createdAt,
        @Nullable Instant finishedAt,
        String fileName,
        MemberImportMode mode,
        MemberImportState state,
        long rowsTotal,
        long rowsRead,
        long rowsValid,
        long rowsWritten,
        long inserted,
        long updated,
        long unchanged,
        long errorCount,
        int percent,
        @Nullable String failureCode,
        @Nullable String failureMessage,
        List<ErrorView> errors) {

    /** One error: row of the file, column header, the value found and the message. */
    record ErrorView(
            int row, @Nullable String column, @Nullable String value, String code, String message) {}

    MemberImportView withDetail(@Nullable String failureMessage, List<ErrorView> errors) {
        return new MemberImportView(
                id,
                orgUnitId,
                orgUnitName,
                createdBy,
                createdAt,
                finishedAt,
                fileName,
                mode,
                state,
                rowsTotal,
                rowsRead,
                rowsValid,
                rowsWritten,
                inserted,
                updated,
                unchanged,
                errorCount,
                percent,
                failureCode,
                failureMessage,
                List.copyOf(errors));
    }
}

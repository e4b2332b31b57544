package vn.dangvu.duty;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of importing an export of the National Public Service Portal. A file is applied all or nothing: any
 * blocking issue (a row not matched to a member of the unit, a duplicate transaction, an unreadable row) records
 * nothing and the report lists every issue; amount differences from the amount due are recorded as paid and
 * reported as warnings.
 *
 * @param id import id
 * @param orgUnitId the unit imported into (its subtree)
 * @param fileName the uploaded file's name
 * @param digest SHA-256 of the file
 * @param applied whether the payments were recorded
 * @param rows data rows read
 * @param matched rows matched to a member
 * @param recorded payments recorded
 * @param amount total amount recorded in VND
 * @param issues the mismatches, in row order
 * @param importedBy who uploaded it
 * @param importedAt when
 */
public record FeeImportReport(
        long id,
        long orgUnitId,
        String fileName,
        String digest,
        boolean applied,
        int rows,
        int matched,
        int recorded,
        long amount,
        List<Issue> issues,
        String importedBy,
        Instant importedAt) {

    public FeeImportReport {
        issues = List.copyOf(issues);
    }

    /** What is wrong with a row. */
    public enum IssueKind {
        /** The row cannot be read (missing column, bad month, amount or date). Blocking. */
        INVALID,
        /** No member of the unit holds the card number or citizen ID. Blocking. */
        UNMATCHED,
        /** The transaction reference was already recorded, or appears twice in the file. Blocking. */
        DUPLICATE,
        /** The amount differs from the amount due for the month. A warning: recorded as paid. */
        AMOUNT_DIFFERS
    }

    /**
     * One mismatch.
     *
     * @param line line number in the file (the header is line 1)
     * @param kind what is wrong
     * @param blocking whether it stops the file from being applied
     * @param identifier the card number or citizen ID of the row (citizen IDs masked)
     * @param reference the transaction reference of the row
     * @param detail expected and found values, or the faulty column
     */
    public record Issue(
            int line,
            IssueKind kind,
            boolean blocking,
            @Nullable String identifier,
            @Nullable String reference,
            @Nullable String detail) {}
}

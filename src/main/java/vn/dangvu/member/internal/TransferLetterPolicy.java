package vn.dangvu.member.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.LifecycleEventKind;

/**
 * What the introduction letter of a transfer states about party fees: the month up to which they are paid (REGULATIONS
 * §6: "transfer letters record 'paid up to month'"; QĐ 01-QĐ/TW 03/02/2026). The statement is added to the note of the
 * transfer step when it is recorded, so that the history keeps what the letter said on the day it was written.
 */
final class TransferLetterPolicy {

    static final String RULE = "QĐ 01-QĐ/TW 03/02/2026 (giấy giới thiệu sinh hoạt đảng ghi đã đóng đảng phí đến tháng)";
    /** The note column's length. */
    static final int NOTE_LENGTH = 1000;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private TransferLetterPolicy() {}

    /** Whether the step issues an introduction letter: a transfer out, official or temporary. */
    static boolean issuesLetter(LifecycleEventKind kind) {
        return kind == LifecycleEventKind.TRANSFER_OUT || kind == LifecycleEventKind.TEMPORARY_TRANSFER_OUT;
    }

    /** "Đã đóng đảng phí đến hết tháng 02/2026." */
    static String statement(YearMonth paidUpTo) {
        return "Đã đóng đảng phí đến hết tháng " + paidUpTo.format(MONTH) + ".";
    }

    /**
     * The step's note with the statement: the note as written, then the statement on its own line (not repeated when
     * the note already carries it, e.g. copied from the dialog).
     */
    static String withStatement(@Nullable String note, YearMonth paidUpTo) {
        String statement = statement(paidUpTo);
        if (note == null || note.isBlank()) {
            return statement;
        }
        if (note.contains(statement)) {
            return note;
        }
        String joined = note.strip() + "\n" + statement;
        return joined.length() <= NOTE_LENGTH ? joined : note;
    }
}

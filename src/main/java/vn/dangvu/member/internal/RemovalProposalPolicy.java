package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.dangvu.member.LifecycleEventKind;

/**
 * When a proposal of removal from the list (xóa tên, REGULATIONS §3.9; Charter Art. 8) is settled by the lifecycle: a
 * proposal still open when the member's leaving the list is recorded — removal (xóa tên), expulsion (khai trừ) or
 * leaving at the member's request (ra khỏi Đảng) — has been decided, whatever its ground, and is closed as done with
 * that step; annulling the step opens it again. Other steps (a suspension, a transfer) leave it open.
 */
final class RemovalProposalPolicy {

    static final String RULE = "Điều lệ Đảng, Điều 8; QĐ 294-QĐ/TW §8 (xóa tên, khai trừ, ra khỏi Đảng)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RemovalProposalPolicy() {}

    /** Whether recording the step takes the member off the list and so settles the open proposals. */
    static boolean settles(LifecycleEventKind kind) {
        return kind == LifecycleEventKind.REMOVED
                || kind == LifecycleEventKind.EXPELLED
                || kind == LifecycleEventKind.LEFT;
    }

    /** The closing reason stored with the proposal: "Đã ghi nhận xóa tên ngày 05/01/2026 (bước #123)". */
    static String reason(LifecycleEventKind kind, LocalDate effectiveDate, long eventId) {
        String step = switch (kind) {
            case REMOVED -> "xóa tên";
            case EXPELLED -> "khai trừ";
            case LEFT -> "ra khỏi Đảng";
            default -> kind.name();
        };
        return "Đã ghi nhận " + step + " ngày " + effectiveDate.format(DAY) + " (bước #" + eventId + ")";
    }
}

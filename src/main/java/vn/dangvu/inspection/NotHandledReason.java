package vn.dangvu.inspection;

/**
 * Why a party-internal denunciation is recorded but not handled (REGULATIONS §10.6; QĐ 22-QĐ/TW 2021, carried
 * into QĐ 296-QĐ/TW 2025 ch. IV).
 */
public enum NotHandledReason {
    /** No denouncer's name (nặc danh). */
    ANONYMOUS,
    /** A name that is not the denouncer's own (mạo danh), found on verification or at intake. */
    FALSE_NAME,
    /** No address to reply to (không rõ địa chỉ). */
    NO_ADDRESS,
    /** Signed by more than one person (đơn tập thể). */
    COLLECTIVE,
    /** Repeats a denunciation already settled, with no new evidence. */
    REPEATED
}

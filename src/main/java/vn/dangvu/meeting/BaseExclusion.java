package vn.dangvu.meeting;

/**
 * Why an official member summoned is left out of the quorum base (Charter Art. 9(5), QĐ 24 §9.3; REGULATIONS §7.1),
 * besides exemption (from the member's status) and an approved absence for the whole meeting (from the attendance).
 */
public enum BaseExclusion {
    /** Đang sinh hoạt tạm thời ở đảng bộ khác. */
    TEMPORARILY_ELSEWHERE,
    /** Đang bị đình chỉ sinh hoạt. */
    SUSPENDED,
    /** Đang bị khởi tố, truy tố, tạm giam. */
    PROSECUTED
}

package vn.dangvu.member;

/**
 * Where a person on the registry stands (REGULATIONS §3.1). The first five are the admission pipeline of a candidate
 * (not yet a member); the next four are members on a cell's list; the rest are terminal and keep the record for
 * history and statistics. {@code internal.LifecyclePolicy} holds the steps between them.
 */
public enum MemberStatus {
    /** Quần chúng ưu tú: an outstanding non-member the cell considers as a source for admission. */
    OUTSTANDING_MASS,
    /** Đối tượng cảm tình đảng: has the course certificate and helper members assigned. */
    SYMPATHISER,
    /** Đang thẩm tra lý lịch: background verification approved and under way. */
    VERIFYING,
    /** Chi bộ đề nghị kết nạp: the cell's resolution is with the competent committee (decision within 60 working days). */
    PROPOSED,
    /** Đã có quyết định kết nạp: the ceremony is to be held within 30 working days of the decision. */
    ADMITTED,
    /** Đảng viên dự bị: 12 months of probation from the admission ceremony. */
    PROBATIONARY,
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Miễn công tác và sinh hoạt đảng: still counted in the cell, not a handbook user. */
    EXEMPTED,
    /** Transferred out and not yet received: still counted by the sending organisation. */
    IN_TRANSIT,
    /** Chuyển sinh hoạt đảng chính thức ra ngoài hệ thống (the receiving organisation is outside this registry). */
    TRANSFERRED_AWAY,
    /** Xóa tên. */
    REMOVED,
    /** Khai trừ. */
    EXPELLED,
    /** Xin ra khỏi Đảng. */
    LEFT,
    /** Từ trần. */
    DECEASED,
    /** Thôi là đối tượng kết nạp: a candidate no longer pursued. */
    WITHDRAWN;

    /** Whether the member is on a cell's list (counted in its headcount). */
    public boolean isActive() {
        return this == PROBATIONARY || this == OFFICIAL || this == EXEMPTED || this == IN_TRANSIT;
    }

    /** Whether this is a stage of the admission pipeline (the person is not yet a member). */
    public boolean isCandidate() {
        return this == OUTSTANDING_MASS
                || this == SYMPATHISER
                || this == VERIFYING
                || this == PROPOSED
                || this == ADMITTED;
    }

    /** Whether no further lifecycle step applies but re-admission (for members who were removed, expelled or left). */
    public boolean isTerminal() {
        return !isActive() && !isCandidate();
    }
}

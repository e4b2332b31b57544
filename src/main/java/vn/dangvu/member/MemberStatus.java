package vn.dangvu.member;

/** Where a member stands (REGULATIONS §3.1). Terminal states keep the record for history and statistics. */
public enum MemberStatus {
    /** Đảng viên dự bị: 12 months of probation from the admission ceremony. */
    PROBATIONARY,
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Miễn công tác và sinh hoạt đảng: still counted in the cell, not a handbook user. */
    EXEMPTED,
    /** Transferred out and not yet received: still counted by the sending organisation. */
    IN_TRANSIT,
    /** Xóa tên. */
    REMOVED,
    /** Khai trừ. */
    EXPELLED,
    /** Xin ra khỏi Đảng. */
    LEFT,
    /** Từ trần. */
    DECEASED;

    /** Whether the member is on a cell's list (counted in its headcount). */
    public boolean isActive() {
        return this == PROBATIONARY || this == OFFICIAL || this == EXEMPTED || this == IN_TRANSIT;
    }
}

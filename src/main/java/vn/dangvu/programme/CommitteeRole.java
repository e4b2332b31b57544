package vn.dangvu.programme;

/** A seat on a programme's steering committee (ban chỉ đạo). */
public enum CommitteeRole {
    /** Trưởng ban. */
    HEAD,
    /** Phó Trưởng ban. */
    DEPUTY,
    /** Ủy viên. */
    MEMBER,
    /** Tổ giúp việc / thư ký. */
    SECRETARY
}

package vn.dangvu.conference;

/** Whether a participant belongs to the body (and so to the vote base) or is invited. */
public enum ParticipantRole {
    /** Thành viên của cơ quan (cấp ủy viên, đảng viên của chi bộ). */
    BODY_MEMBER,
    /** Khách mời. */
    GUEST
}

package vn.dangvu.conference;

/** A participant's attendance at a conference. */
public enum Presence {
    /** Có mặt. */
    PRESENT,
    /** Vắng mặt có lý do được chấp thuận (suốt thời gian hội nghị). */
    EXCUSED,
    /** Vắng mặt. */
    ABSENT
}

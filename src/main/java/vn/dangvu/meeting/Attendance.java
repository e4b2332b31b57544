package vn.dangvu.meeting;

/** Whether an invited person attended: present, absent with an approved reason, absent without one. */
public enum Attendance {
    PRESENT,
    ABSENT_EXCUSED,
    ABSENT_UNEXCUSED
}

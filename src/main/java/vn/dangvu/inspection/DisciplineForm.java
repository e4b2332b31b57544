package vn.dangvu.inspection;

/** The forms of discipline (Điều lệ Đảng Art. 35; REGULATIONS §10.3), lightest first. */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức (members holding a post). */
    REMOVAL_FROM_POST,
    /** Khai trừ (members): ends membership. */
    EXPULSION,
    /** Giải tán (organisations). */
    DISSOLUTION
}

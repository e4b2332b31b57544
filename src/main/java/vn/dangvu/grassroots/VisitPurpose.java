package vn.dangvu.grassroots;

/** What a grassroots visit was for (REGULATIONS §14). */
public enum VisitPurpose {
    /** Kiểm tra. */
    INSPECTION,
    /** Giám sát. */
    SUPERVISION,
    /** Dự sinh hoạt chi bộ (nơi cư trú): counts toward the residential cell meetings of KH 10-KH/TW 2018. */
    CELL_MEETING,
    /** Làm việc với cơ sở. */
    WORKING_SESSION,
    /** Tiếp công dân. */
    CITIZEN_RECEPTION
}

package vn.dangvu.inspection;

/**
 * The categories of violation of QĐ 69-QĐ/TW 2022, chapter III (REGULATIONS §10.7), used to classify a conclusion and
 * the violations behind a discipline decision. {@link #OTHER} holds the chapter's remaining articles.
 */
public enum ViolationCategory {
    /** Quan điểm chính trị và chính trị nội bộ. */
    POLITICAL_VIEWS,
    /** Nguyên tắc tổ chức và hoạt động của Đảng. */
    ORGANISATIONAL_PRINCIPLES,
    /** Bầu cử. */
    ELECTIONS,
    /** Tuyên truyền, phát ngôn. */
    PROPAGANDA_SPEECH,
    /** Công tác cán bộ. */
    PERSONNEL_WORK,
    /** Chạy chức, chạy quyền. */
    OFFICE_SEEKING,
    /** Thực hiện chức trách, nhiệm vụ, công vụ. */
    DUTIES_PUBLIC_SERVICE,
    /** Lãnh đạo, quản lý. */
    LEADERSHIP_MANAGEMENT,
    /** Bảo vệ bí mật nhà nước, bí mật của Đảng. */
    SECRETS,
    /** Đối ngoại. */
    FOREIGN_RELATIONS,
    /** Văn bằng, chứng chỉ. */
    DIPLOMAS_CERTIFICATES,
    /** Phòng, chống tội phạm. */
    CRIME_PREVENTION,
    /** Kiểm tra, giám sát, kiểm toán. */
    INSPECTION_AUDIT,
    /** Vi phạm khác của chương III. */
    OTHER
}

package vn.dangvu.member;

/**
 * Documents of a member's file, with the form codes of HD 12-HD/BTCTW (2022) where the form has one (REGULATIONS §2.1,
 * §3.3).
 */
public enum MemberDocumentKind {
    /** Lý lịch đảng viên (personal history declared after admission). */
    MEMBER_HISTORY("Lý lịch đảng viên"),
    /** Phiếu đảng viên. */
    MEMBER_FORM("2-HSĐV"),
    /** Phiếu bổ sung hồ sơ đảng viên (annual supplement). */
    ANNUAL_SUPPLEMENT("Phiếu bổ sung hồ sơ"),
    /** Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng. */
    COURSE_CERTIFICATE("CN-NTVĐ"),
    /** Đơn xin vào Đảng. */
    APPLICATION("1-KNĐ"),
    /** Lý lịch của người xin vào Đảng. */
    APPLICANT_HISTORY("2-KNĐ"),
    /** Giấy giới thiệu người vào Đảng (1 or 2 introducers). */
    INTRODUCTION("3-KNĐ"),
    /** Nghị quyết của chi bộ đề nghị kết nạp. */
    CELL_RESOLUTION("6-KNĐ"),
    /** Quyết định kết nạp đảng viên. */
    ADMISSION_DECISION("9-KNĐ"),
    /** Bản tự kiểm điểm của đảng viên dự bị. */
    PROBATION_SELF_REVIEW("10-KNĐ"),
    /** Quyết định công nhận đảng viên chính thức. */
    RECOGNITION_DECISION("Quyết định công nhận chính thức"),
    /** Giấy giới thiệu sinh hoạt đảng. */
    TRANSFER_LETTER("Giấy giới thiệu sinh hoạt đảng"),
    /** Any other document of the file. */
    OTHER("Khác");

    private final String formCode;

    MemberDocumentKind(String formCode) {
        this.formCode = formCode;
    }

    /** The form's code or, where the form has none, its usual name. */
    public String formCode() {
        return formCode;
    }
}

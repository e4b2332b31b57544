package vn.dangvu.inspection;

/**
 * The steps of a case, in the order they must be recorded (REGULATIONS §10.2, the procedure of QĐ 296-QĐ/TW and its
 * guidance): decision, notification of the subject, the subject's self-report, verification, draft conclusion and
 * conclusion.
 */
public enum CaseStep {
    /** Quyết định kiểm tra / giám sát. */
    DECISION,
    /** Thông báo cho đối tượng. */
    NOTIFICATION,
    /** Đối tượng tự kiểm điểm, báo cáo giải trình. */
    SELF_REPORT,
    /** Thẩm tra, xác minh. */
    VERIFICATION,
    /** Dự thảo kết luận (báo cáo kết quả). */
    DRAFT_CONCLUSION,
    /** Kết luận. */
    CONCLUSION
}

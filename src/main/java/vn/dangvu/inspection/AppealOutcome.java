package vn.dangvu.inspection;

/** The outcome of an appeal against a discipline decision (REGULATIONS §10.5). */
public enum AppealOutcome {
    /** Giữ nguyên. */
    UPHELD,
    /** Thay đổi hình thức kỷ luật. */
    CHANGED,
    /** Xóa bỏ quyết định kỷ luật: quyền lợi được khôi phục (QĐ 117-QĐ/TW 2023). */
    ANNULLED
}

package vn.dangvu.inspection;

/**
 * What a case is (REGULATIONS §10.2; QĐ 296-QĐ/TW 2025 ch. II): the five kinds of inspection and the two of
 * supervision.
 */
public enum CaseType {
    /** Kiểm tra thường xuyên, theo kế hoạch. */
    INSPECTION_REGULAR(Activity.INSPECTION),
    /** Kiểm tra chuyên đề. */
    INSPECTION_THEMATIC(Activity.INSPECTION),
    /** Kiểm tra khi có dấu hiệu vi phạm. */
    INSPECTION_SIGNS_OF_VIOLATION(Activity.INSPECTION),
    /** Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật của cấp dưới. */
    INSPECTION_LOWER_LEVEL(Activity.INSPECTION),
    /** Kiểm tra tài chính đảng. */
    INSPECTION_FINANCE(Activity.INSPECTION),
    /** Giám sát thường xuyên. */
    SUPERVISION_REGULAR(Activity.SUPERVISION),
    /** Giám sát chuyên đề. */
    SUPERVISION_THEMATIC(Activity.SUPERVISION);

    /** Kiểm tra or giám sát. */
    public enum Activity {
        INSPECTION,
        SUPERVISION
    }

    private final Activity activity;

    CaseType(Activity activity) {
        this.activity = activity;
    }

    public Activity activity() {
        return activity;
    }
}

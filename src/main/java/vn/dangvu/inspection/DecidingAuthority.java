package vn.dangvu.inspection;

/**
 * The kind of body that decides a discipline (its authority). The level decides the appeal's deadline: decisions of
 * central bodies are appealed with 180 working days to settle, the others with 90 (REGULATIONS §10.5).
 */
public enum DecidingAuthority {
    /** Chi bộ: only its own members. */
    CELL(false),
    /** Đảng ủy cơ sở / cấp ủy cấp trên cơ sở. */
    COMMITTEE(false),
    /** Ban Thường vụ cấp ủy. */
    STANDING_COMMITTEE(false),
    /** Ủy ban Kiểm tra (below central level). */
    INSPECTION_COMMISSION(false),
    /** Central bodies: Ủy ban Kiểm tra Trung ương, Ban Bí thư, Bộ Chính trị, Ban Chấp hành Trung ương. */
    CENTRAL(true);

    private final boolean central;

    DecidingAuthority(boolean central) {
        this.central = central;
    }

    public boolean central() {
        return central;
    }
}

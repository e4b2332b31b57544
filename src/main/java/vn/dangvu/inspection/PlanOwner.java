package vn.dangvu.inspection;

/** Whose inspection and supervision plan it is (REGULATIONS §10.2: chi bộ, cấp ủy and UBKT each plan their own). */
public enum PlanOwner {
    /** The inspection commission (ủy ban kiểm tra) of the owning unit. */
    COMMISSION,
    /** The committee (cấp ủy) or the cell (chi bộ) of the owning unit itself. */
    COMMITTEE
}

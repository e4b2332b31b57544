package vn.dangvu.member;

/** What is due in a member's lifecycle (REGULATIONS §3.4, §3.6, §3.9), each counted in working days. */
public enum DeadlineKind {
    /** The competent committee decides on admission within 60 working days of the cell's resolution. */
    ADMISSION_DECISION,
    /** The ceremony is held within 30 working days of the admission decision. */
    CEREMONY,
    /** Probation (12 months from the ceremony) ends soon. */
    PROBATION_ENDING,
    /** Probation has ended: the cell considers official status within 30 working days after it. */
    RECOGNITION,
    /** An introduction letter must be presented to the receiving cell within 30 working days. */
    TRANSIT,
    /**
     * A proposal of removal from the list (xóa tên, Charter Art. 8) awaits the competent committee; listed from the day
     * it was raised, without a period of its own.
     */
    REMOVAL_PROPOSED
}

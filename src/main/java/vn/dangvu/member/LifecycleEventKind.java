package vn.dangvu.member;

/**
 * A dated step in a person's party life (REGULATIONS §3). Each is recorded as an event with its effective date and,
 * where a body decides it, the decision's number, date and issuer; which steps may follow which, and their deadlines,
 * are the rules of {@code internal.LifecyclePolicy}.
 */
public enum LifecycleEventKind {
    /** The state of a record carried over from an earlier register (no step of its own). */
    RECORDED,
    /** The cell puts an outstanding non-member on its list of sources for admission. */
    CANDIDATE_REGISTERED,
    /** Certificate of the course "nhận thức về Đảng" (valid 5 years). */
    COURSE_COMPLETED,
    /** The cell recognises the candidate as a sympathiser (cảm tình đảng) and assigns helper members. */
    SYMPATHISER_RECOGNISED,
    /** The committee approves background verification (thẩm tra lý lịch). */
    VERIFICATION_STARTED,
    /** The cell's resolution proposing admission (6-KNĐ). */
    ADMISSION_PROPOSED,
    /** The competent committee's admission decision (9-KNĐ); membership age counts from its date. */
    ADMISSION_DECIDED,
    /** The admission ceremony; probation of 12 months starts on its date. */
    CEREMONY_HELD,
    /** The competent committee recognises the member as official, effective at the end of probation. */
    OFFICIAL_RECOGNISED,
    /** The candidate is no longer pursued. */
    CANDIDACY_WITHDRAWN,
    /** Official transfer of party activity out of the cell (giấy giới thiệu sinh hoạt đảng chính thức). */
    TRANSFER_OUT,
    /** The receiving organisation in this registry confirms the member's arrival. */
    TRANSFER_RECEIVED,
    /** The receiving organisation outside this registry confirmed the arrival: the member leaves this registry. */
    TRANSFER_DEPARTED,
    /** The introduction letter was withdrawn: the member stays in the sending cell. */
    TRANSFER_CANCELLED,
    /** A member arrives by official transfer from an organisation outside this registry. */
    TRANSFER_ARRIVED,
    /** Temporary transfer of activity elsewhere (3 months to under 1 year; full-time study up to 2 years). */
    TEMPORARY_TRANSFER_OUT,
    /** The temporary activity elsewhere ends. */
    TEMPORARY_TRANSFER_ENDED,
    /** Going abroad for 3 months to under 12 months (longer stays are official transfers). */
    WENT_ABROAD,
    /** Return from abroad, with the self-review of the period certified. */
    RETURNED_FROM_ABROAD,
    /** Exemption from work and party activity (miễn công tác và sinh hoạt đảng). */
    EXEMPTED,
    /** The exemption ends at the member's request. */
    EXEMPTION_ENDED,
    /** Suspension of party activity (đình chỉ sinh hoạt). */
    SUSPENDED,
    /** The suspension is lifted. */
    SUSPENSION_LIFTED,
    /** Removal from the list (xóa tên), with its ground. */
    REMOVED,
    /** Expulsion (khai trừ). */
    EXPELLED,
    /** Leaving the Party at one's own request (xin ra khỏi Đảng). */
    LEFT,
    /** Death. */
    DIED,
    /** Re-admission (kết nạp lại): allowed once; the member does probation again. */
    READMITTED,
    /** The member's organisation was merged or split: the member moves with it. */
    UNIT_REORGANISED,
    /** Cancels an event recorded in error; the member returns to the state before it. */
    ANNULMENT
}

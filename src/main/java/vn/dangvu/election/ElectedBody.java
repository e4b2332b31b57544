package vn.dangvu.election;

/** What an election fills (QĐ 190-QĐ/TW, Art. 3: all by secret ballot). */
public enum ElectedBody {
    /** Ban Chấp hành (cấp ủy). */
    EXECUTIVE_COMMITTEE,
    /** Ban Thường vụ. */
    STANDING_COMMITTEE,
    /** Bí thư. */
    SECRETARY,
    /** Phó Bí thư. */
    DEPUTY_SECRETARIES,
    /** Ủy ban Kiểm tra. */
    INSPECTION_COMMISSION,
    /** Chủ nhiệm Ủy ban Kiểm tra. */
    INSPECTION_CHAIRMAN,
    /** Đại biểu dự đại hội cấp trên. */
    DELEGATES;

    /**
     * Whether the candidate list must exceed the seats: the committee and its standing committee (QĐ 190-QĐ/TW, Art.
     * 14); other bodies may be elected from a list without surplus on a yes/no ballot.
     */
    public boolean surplusRequired() {
        return this == EXECUTIVE_COMMITTEE || this == STANDING_COMMITTEE;
    }
}

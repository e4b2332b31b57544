package vn.dangvu.election;

/** Where a name on the list comes from (QĐ 190-QĐ/TW, Art. 14). */
public enum CandidateSource {
    /** Proposed by the convening committee (cấp ủy triệu tập). */
    CONVENING,
    /** Nominated or self-nominated from the floor; needs the support of more than 30 % of those present. */
    FLOOR
}

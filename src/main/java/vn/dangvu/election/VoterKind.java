package vn.dangvu.election;

/** What a person on the electorate roll is, for the electorate base (QĐ 190-QĐ/TW, Art. 30). */
public enum VoterKind {
    /** Đảng viên chính thức (members' congress) or member of the committee (plenum). */
    OFFICIAL_MEMBER,
    /** Đảng viên được miễn công tác và sinh hoạt đảng: counted only when present and voting. */
    EXEMPTED_MEMBER,
    /** Đảng viên dự bị: attends, does not vote and is not counted. */
    PROBATIONARY_MEMBER,
    /** Đại biểu chính thức (delegates' congress), elected by the lower congresses. */
    OFFICIAL_DELEGATE,
    /** Ủy viên Ban Chấp hành triệu tập đại hội: an ex officio delegate. */
    CONVENING_COMMITTEE_MEMBER
}

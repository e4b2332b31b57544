package vn.dangvu.handbook;

/** What a member sends to the committee from the handbook (QĐ 339-QĐ/TW: the two-way channel, REGULATIONS §12.1). */
public enum FeedbackKind {
    /** Câu hỏi: expects an answer. */
    QUESTION,
    /** Ý kiến: an opinion or a proposal, acknowledged with an answer. */
    OPINION
}

package vn.dangvu.conference;

/** What a conference is held for. */
public enum ConferenceKind {
    /** Hội nghị thường kỳ: numbered. */
    REGULAR,
    /** Hội nghị chuyên đề: numbered, with a topic. */
    THEMATIC,
    /** Hội nghị bất thường: numbered. */
    EXTRAORDINARY,
    /** Góp ý dự thảo văn kiện: comments collected from subordinate organisations; not numbered. */
    CONSULTATION;

    /** Whether it takes the next number of the body's term. */
    public boolean numbered() {
        return this != CONSULTATION;
    }
}

package vn.dangvu.meeting;

/** What a cell meeting is (REGULATIONS §7.1). */
public enum MeetingKind {
    /** Sinh hoạt thường kỳ: the monthly meeting. */
    REGULAR,
    /** Sinh hoạt chuyên đề: a thematic meeting. */
    THEMATIC,
    /** Regular and thematic in one session (HD 42-HD/BTCTW 2025: at least 120 minutes). */
    COMBINED,
    /** Sinh hoạt bất thường: an extraordinary meeting. */
    EXTRAORDINARY;

    /** Whether the meeting has a thematic part. */
    public boolean hasThematicPart() {
        return this == THEMATIC || this == COMBINED;
    }
}

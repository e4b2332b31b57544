package vn.dangvu.conference;

/** A planned item of a body's term work programme besides its regular conferences. */
public enum ProgrammeItemKind {
    /** Hội nghị chuyên đề. */
    THEMATIC_CONFERENCE,
    /** Nghị quyết chuyên đề. */
    THEMATIC_RESOLUTION
}

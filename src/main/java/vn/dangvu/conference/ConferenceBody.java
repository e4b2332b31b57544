package vn.dangvu.conference;

/** The body that holds a conference (REGULATIONS §1.4). */
public enum ConferenceBody {
    /** Ban Chấp hành. */
    EXECUTIVE_COMMITTEE("Ban Chấp hành"),
    /** Ban Thường vụ. */
    STANDING_COMMITTEE("Ban Thường vụ"),
    /** Thường trực cấp ủy. */
    STANDING_MEMBERS("Thường trực"),
    /** Chi bộ (the cell's name already says it). */
    CELL("");

    private final String titlePrefix;

    ConferenceBody(String titlePrefix) {
        this.titlePrefix = titlePrefix;
    }

    /** What precedes the unit's name in a title, e.g. {@code Ban Chấp hành}; empty for a cell. */
    public String titlePrefix() {
        return titlePrefix;
    }
}

package vn.dangvu.org;

/** Kinds of change in a unit's history. */
public enum OrgUnitEventKind {
    /** Thành lập. */
    CREATED,
    /** Đổi tên. */
    RENAMED,
    /** Chuyển (the unit with its subtree moved under another superior). */
    MOVED,
    /** Sáp nhập: recorded on the absorbed unit and on the surviving unit. */
    MERGED,
    /** Chia tách: recorded on the source unit and on each unit formed from it. */
    SPLIT,
    /** Giải thể. */
    DISSOLVED
}

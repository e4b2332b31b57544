package vn.dangvu.document;

/** Where a member stands with a document. */
public enum ReadState {
    /** Not opened yet. */
    UNREAD,
    /** Opened, not acknowledged. */
    READ,
    /** Acknowledged (đã tiếp nhận). */
    ACKNOWLEDGED
}

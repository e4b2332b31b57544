package vn.dangvu.document;

/** How a later document changes an earlier one. */
public enum LinkKind {
    REPLACES,
    AMENDS
}

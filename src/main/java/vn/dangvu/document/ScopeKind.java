package vn.dangvu.document;

/** A row of a document's distribution scope. */
public enum ScopeKind {
    /** The whole city. */
    CITY,
    /** A unit and everything below it. */
    SUBTREE,
    /** One named unit (its own members and staff). */
    UNIT,
    /** Everyone holding a role. */
    ROLE
}

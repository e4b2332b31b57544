package vn.dangvu.document;

/** A document's lifecycle: drafted, then published (numbered, distributed). */
public enum DocumentStatus {
    DRAFT,
    PUBLISHED
}

package vn.dangvu.document;

/** How far a document may travel. */
public enum Confidentiality {
    /** Công khai. */
    PUBLIC,
    /** Lưu hành nội bộ. */
    INTERNAL,
    /** Mật: reaches only the units and roles its scope names. */
    CONFIDENTIAL
}

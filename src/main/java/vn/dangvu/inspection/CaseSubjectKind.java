package vn.dangvu.inspection;

/** Whom a case inspects or supervises. */
public enum CaseSubjectKind {
    /** A party organisation (tổ chức đảng). */
    ORGANISATION,
    /** A party member (đảng viên). */
    MEMBER
}

package vn.dangvu.inspection;

/** Who is disciplined; decides the forms allowed ({@code DisciplineFormPolicy}). */
public enum DisciplineSubject {
    /** Tổ chức đảng. */
    ORGANISATION,
    /** Đảng viên chính thức. */
    OFFICIAL_MEMBER,
    /** Đảng viên dự bị. */
    PROBATIONARY_MEMBER
}

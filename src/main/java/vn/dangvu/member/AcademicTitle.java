package vn.dangvu.member;

/** Academic title (học hàm) on the member form, with its Vietnamese name. */
public enum AcademicTitle {
    NONE("Không"),
    ASSOCIATE_PROFESSOR("Phó Giáo sư"),
    PROFESSOR("Giáo sư");

    private final String vietnameseName;

    AcademicTitle(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}

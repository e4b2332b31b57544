package vn.dangvu.member;

/** Political theory level (trình độ lý luận chính trị) on the member form, with its Vietnamese name. */
public enum TheoryLevel {
    UNTRAINED("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    ADVANCED("Cao cấp"),
    BACHELOR("Cử nhân");

    private final String vietnameseName;

    TheoryLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}

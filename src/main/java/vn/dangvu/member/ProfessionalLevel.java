package vn.dangvu.member;

/** Highest professional qualification (trình độ chuyên môn) on the member form, with its Vietnamese name. */
public enum ProfessionalLevel {
    NONE("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    COLLEGE("Cao đẳng"),
    BACHELOR("Đại học"),
    MASTER("Thạc sĩ"),
    DOCTOR("Tiến sĩ");

    private final String vietnameseName;

    ProfessionalLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}

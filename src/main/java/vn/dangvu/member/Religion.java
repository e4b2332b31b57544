package vn.dangvu.member;

/** Religion (item 10 of the personal history, REGULATIONS §2.2), with its Vietnamese name; {@code NONE} is "không". */
public enum Religion {
    NONE("Không"),
    BUDDHISM("Phật giáo"),
    CATHOLICISM("Công giáo"),
    PROTESTANTISM("Tin lành"),
    CAO_DAI("Cao Đài"),
    HOA_HAO("Phật giáo Hòa Hảo"),
    ISLAM("Hồi giáo"),
    BRAHMANISM("Bà-la-môn"),
    OTHER("Tôn giáo khác");

    private final String vietnameseName;

    Religion(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}

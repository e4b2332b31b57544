package vn.dangvu.demo.internal;

import java.util.List;
import java.util.SplittableRandom;
import vn.dangvu.shared.text.VietnameseText;

/**
 * Fictional Vietnamese full names in NFC, drawn like PERF-BASELINE §2: weighted family names (Nguyễn 38 %, Trần 11 %,
 * Lê 9 % …), sex-specific middle names (Thị for about half of the women, Văn for 40 % of the men, two middle names
 * for 15 % of people) and forty given names per sex.
 */
final class PersonNames {

    /** Family names with their shares in percent. */
    private static final Draw.Weighted<String> FAMILY = Draw.Weighted.parse("""
            Nguyễn 38, Trần 11, Lê 9, Phạm 7, Hoàng 5, Huỳnh 0.6, Phan 4, Vũ 3.9, Võ 0.8, Đặng 2.1, Bùi 2, Đỗ 2.3,
            Hồ 1.3, Ngô 1.3, Dương 1, Lý 0.5, Đinh 1.2, Đào 1.2, Trịnh 1, Lương 0.6, Mai 0.5, Phùng 0.5, Kiều 0.3,
            Chu 0.4, Tạ 0.4, Nghiêm 0.2, Khuất 0.2, Cao 0.8, Hà 0.9, Lưu 0.6, Tô 0.5, Quách 0.3, Doãn 0.3, Triệu 0.3
            """);

    private static final List<String> WOMEN_MIDDLE = List.of(
            "Thu", "Thanh", "Ngọc", "Minh", "Phương", "Thúy", "Hồng", "Kim", "Mai", "Lan", "Diệu", "Hải", "Bích",
            "Khánh", "Quỳnh", "Thùy", "Bảo", "Hoài", "Thảo", "Vân");

    private static final List<String> MEN_MIDDLE = List.of(
            "Đức", "Minh", "Quang", "Hữu", "Mạnh", "Xuân", "Thanh", "Tuấn", "Hoàng", "Công", "Đình", "Ngọc", "Quốc",
            "Trung", "Anh", "Duy", "Hồng", "Tiến", "Thế", "Việt", "Bá", "Trọng", "Khắc", "Đăng");

    private static final List<String> WOMEN_GIVEN = List.of(
            "Anh", "Hà", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thủy",
            "Trang", "Tuyết", "Vân", "Yến", "Hằng", "Hạnh", "Hiền", "Hoa", "Huyền", "Liên", "Loan", "Lý", "Nga", "Ngân",
            "Nguyệt", "Nhàn", "Thanh", "Thơ", "Thư", "Thúy", "Trâm", "Uyên", "Xuân", "Dung", "Giang", "Hồng", "Chi",
            "Duyên", "Hậu");

    private static final List<String> MEN_GIVEN = List.of(
            "Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Dương", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Hưng", "Huy",
            "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lợi", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân",
            "Quang", "Sơn", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Hoàng",
            "Hiệp", "Chiến");

    private PersonNames() {}

    /** A full name: family, one or two middle names, given name; never the same word twice in a row. */
    static String next(SplittableRandom random, boolean female) {
        String family = FAMILY.next(random);
        List<String> middles = female ? WOMEN_MIDDLE : MEN_MIDDLE;
        String given = Draw.pick(random, female ? WOMEN_GIVEN : MEN_GIVEN);
        boolean plain = Draw.chance(random, female ? 0.5 : 0.4);
        boolean two = Draw.chance(random, 0.15);
        StringBuilder name = new StringBuilder(family).append(' ');
        if (plain) {
            name.append(female ? "Thị" : "Văn").append(' ');
        }
        if (!plain || two) {
            String middle = Draw.pick(random, middles);
            while (middle.equals(given)) {
                middle = Draw.pick(random, middles);
            }
            name.append(middle).append(' ');
            if (!plain && two) {
                String second = Draw.pick(random, middles);
                while (second.equals(given) || second.equals(middle)) {
                    second = Draw.pick(random, middles);
                }
                name.append(second).append(' ');
            }
        }
        return VietnameseText.clean(name.append(given).toString());
    }
}

package vn.dangvu.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fictional two-syllable Vietnamese place names ("Hồng Hà", "Phú Lâm", "Đông Khê"): everything under the city's root
 * is made up, so names are combined from common Sino-Vietnamese syllables rather than taken from a real map.
 */
final class PlaceNames {

    private static final List<String> FIRST = List.of(
            "Hồng", "Thanh", "Đông", "Tây", "Nam", "Bắc", "Phú", "Minh", "An", "Kim", "Ngọc", "Vĩnh", "Phúc", "Thượng",
            "Hòa", "Tân", "Đại", "Quảng", "Yên", "Long", "Bình", "Gia", "Thạch", "Liên", "Mỹ", "Hưng", "Cổ", "Xuân",
            "Văn", "Thuận", "Trung", "Lạc", "Thiên", "Đồng", "Hạ", "Phượng", "Tiên", "Vân", "Cẩm", "Hoài");

    private static final List<String> SECOND = List.of(
            "Hà", "Sơn", "Lâm", "Thịnh", "Khê", "Xá", "Trì", "Mỹ", "Tân", "Phong", "Lộc", "Hưng", "Đức", "Thành", "Lợi",
            "Hòa", "Bình", "Xuân", "Nguyên", "Điền", "Hải", "Quang", "Linh", "Dương", "Phương", "Thọ", "Cát", "Trạch",
            "Vọng", "Đình", "Lãng", "Kiều", "Nhai", "Chương", "Yên", "Mai");

    private PlaceNames() {}

    /** All combinations in a seeded order, first syllable never equal to the second. */
    static List<String> shuffled(SplittableRandom random) {
        List<String> names = new ArrayList<>();
        for (String first : FIRST) {
            for (String second : SECOND) {
                if (!first.equals(second)) {
                    names.add(first + " " + second);
                }
            }
        }
        for (int i = names.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = names.get(i);
            names.set(i, names.get(j));
            names.set(j, swap);
        }
        return names;
    }

    /** One name, not necessarily unused. */
    static String next(SplittableRandom random) {
        String first = Draw.pick(random, FIRST);
        String second = Draw.pick(random, SECOND);
        while (second.equals(first)) {
            second = Draw.pick(random, SECOND);
        }
        return first + " " + second;
    }
}

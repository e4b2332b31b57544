package vn.dangvu.demo.internal;

import static vn.dangvu.demo.internal.UnitCategory.AGENCY;
import static vn.dangvu.demo.internal.UnitCategory.COMPANY;
import static vn.dangvu.demo.internal.UnitCategory.HEALTH;
import static vn.dangvu.demo.internal.UnitCategory.MASS;
import static vn.dangvu.demo.internal.UnitCategory.MILITARY;
import static vn.dangvu.demo.internal.UnitCategory.POLICE;
import static vn.dangvu.demo.internal.UnitCategory.RESIDENTIAL_RURAL;
import static vn.dangvu.demo.internal.UnitCategory.RESIDENTIAL_WARD;
import static vn.dangvu.demo.internal.UnitCategory.SCHOOL;
import static vn.dangvu.demo.internal.UnitCategory.UNIVERSITY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Names of the demo city's units: fictional, Vietnamese, with correct diacritics. */
final class UnitNames {

    /** A sectoral đảng bộ directly under the city and what its grassroots organisations are. */
    record Sectoral(String name, Draw.Weighted<UnitCategory> categories) {}

    static final List<Sectoral> SECTORAL = List.of(
            sectoral("Đảng bộ Khối các cơ quan Thành phố", AGENCY),
            new Sectoral(
                    "Đảng bộ Ủy ban nhân dân Thành phố",
                    new Draw.Weighted<>(List.of(AGENCY, HEALTH, SCHOOL, COMPANY), 5, 2, 2, 1)),
            sectoral("Đảng bộ Công an Thành phố", POLICE),
            sectoral("Đảng bộ Quân sự Thành phố", MILITARY),
            sectoral("Đảng bộ Khối Doanh nghiệp Thành phố", COMPANY),
            sectoral("Đảng bộ Khối các trường đại học, cao đẳng Thành phố", UNIVERSITY),
            sectoral("Đảng bộ Ngành Y tế Thành phố", HEALTH),
            new Sectoral(
                    "Đảng bộ Ngành Giáo dục và Đào tạo Thành phố",
                    new Draw.Weighted<>(List.of(SCHOOL, UNIVERSITY), 9, 1)),
            sectoral("Đảng bộ Mặt trận Tổ quốc và các đoàn thể Thành phố", MASS),
            sectoral("Đảng bộ Tổng công ty Đầu tư và Phát triển hạ tầng Thăng Long", COMPANY));

    static final Draw.Weighted<UnitCategory> WARD = new Draw.Weighted<>(
            List.of(RESIDENTIAL_WARD, SCHOOL, HEALTH, COMPANY, AGENCY, MILITARY), 45, 25, 6, 14, 7, 3);

    static final Draw.Weighted<UnitCategory> RURAL = new Draw.Weighted<>(
            List.of(RESIDENTIAL_RURAL, SCHOOL, HEALTH, COMPANY, AGENCY, MILITARY), 50, 25, 5, 8, 9, 3);

    private static final List<String> FIGURES = List.of(
            "Nguyễn Trãi",
            "Lê Lợi",
            "Chu Văn An",
            "Trần Hưng Đạo",
            "Lý Thường Kiệt",
            "Nguyễn Du",
            "Lê Quý Đôn",
            "Phan Chu Trinh",
            "Ngô Quyền",
            "Quang Trung",
            "Tô Hiến Thành",
            "Nguyễn Bỉnh Khiêm",
            "Lương Thế Vinh",
            "Hai Bà Trưng",
            "Trần Phú",
            "Võ Thị Sáu",
            "Kim Đồng",
            "Phan Đình Phùng",
            "Nguyễn Huệ",
            "Trần Quốc Toản",
            "Lý Tự Trọng",
            "Đoàn Thị Điểm",
            "Hồ Xuân Hương",
            "Nguyễn Đình Chiểu");

    private static final List<String> INDUSTRIES = List.of(
            "Xây dựng",
            "Môi trường Đô thị",
            "Nước sạch",
            "Vận tải",
            "Thương mại",
            "Cơ khí",
            "Dệt may",
            "Du lịch",
            "Thực phẩm",
            "Công viên Cây xanh",
            "Chiếu sáng Đô thị",
            "Đầu tư Phát triển Nhà",
            "Điện tử",
            "Dược phẩm");

    private static final List<String> DEPARTMENTS = List.of(
            "Sở Tài chính",
            "Sở Xây dựng",
            "Sở Giáo dục và Đào tạo",
            "Sở Y tế",
            "Sở Nội vụ",
            "Sở Tư pháp",
            "Sở Công Thương",
            "Sở Nông nghiệp và Môi trường",
            "Sở Văn hóa và Thể thao",
            "Sở Khoa học và Công nghệ",
            "Sở Du lịch",
            "Sở Quy hoạch – Kiến trúc",
            "Thanh tra Thành phố",
            "Văn phòng Ủy ban nhân dân Thành phố",
            "Ban Quản lý các khu công nghiệp và chế xuất",
            "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng",
            "Đài Phát thanh và Truyền hình Thủ đô",
            "Báo Tin tức Thủ đô");

    private static final List<String> SERVICES = List.of(
            "Phát triển quỹ đất",
            "Dịch vụ việc làm",
            "Lưu trữ lịch sử",
            "Xúc tiến đầu tư",
            "Đăng kiểm xe cơ giới",
            "Quan trắc môi trường",
            "Trợ giúp pháp lý",
            "Công tác xã hội",
            "Bảo trợ xã hội",
            "Khuyến nông");

    private static final List<String> MASS_ORGANISATIONS = List.of(
            "Cơ quan Ủy ban Mặt trận Tổ quốc Thành phố",
            "Liên đoàn Lao động Thành phố",
            "Hội Nông dân Thành phố",
            "Thành đoàn",
            "Hội Liên hiệp Phụ nữ Thành phố",
            "Hội Cựu chiến binh Thành phố",
            "Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố",
            "Hội Chữ thập đỏ Thành phố",
            "Liên minh Hợp tác xã Thành phố",
            "Hội Luật gia Thành phố",
            "Hội Người cao tuổi Thành phố");

    private static final List<String> TRADE_UNIONS = List.of(
            "Xây dựng",
            "Giao thông vận tải",
            "Giáo dục",
            "Y tế",
            "Công Thương",
            "Nông nghiệp",
            "Du lịch",
            "Dệt may",
            "Điện lực",
            "Viên chức");

    private static final List<String> LOCAL_AGENCIES = List.of(
            "Cơ quan Ủy ban nhân dân ",
            "Các cơ quan Đảng ",
            "Ủy ban Mặt trận Tổ quốc ",
            "Hội đồng nhân dân ",
            "Trung tâm Phục vụ hành chính công ",
            "Trung tâm Văn hóa – Thể thao ",
            "Ban Quản lý chợ ");

    private static final List<String> POLICE_UNITS = List.of(
            "Phòng Cảnh sát giao thông",
            "Phòng Cảnh sát hình sự",
            "Phòng Cảnh sát điều tra tội phạm về ma túy",
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Phòng An ninh mạng",
            "Phòng Tham mưu",
            "Phòng Hậu cần",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
            "Phòng Cảnh sát cơ động");

    private static final List<String> FIELDS =
            List.of("Kỹ thuật", "Kinh tế", "Sư phạm", "Y Dược", "Công nghiệp", "Văn hóa", "Công nghệ", "Nghề");

    private final SplittableRandom random;

    UnitNames(SplittableRandom random) {
        this.random = random;
    }

    private static Sectoral sectoral(String name, UnitCategory category) {
        return new Sectoral(name, new Draw.Weighted<>(List.of(category), 1));
    }

    /**
     * The name of a grassroots organisation (without "Đảng bộ" / "Chi bộ"), not yet in {@code used}.
     *
     * @param commune "phường Hồng Hà" or "xã Phú Lâm" for one under a commune, null under a sectoral committee
     */
    String grassroots(UnitCategory category, @Nullable String commune, boolean committee, Set<String> used) {
        for (int attempt = 0; attempt < 30; attempt++) {
            String name = grassroots(category, commune, committee);
            if (used.add(name)) {
                return name;
            }
        }
        String base = grassroots(category, commune, committee);
        int n = 2;
        while (!used.add(base + " số " + n)) {
            n++;
        }
        return base + " số " + n;
    }

    private String grassroots(UnitCategory category, @Nullable String commune, boolean committee) {
        String place = PlaceNames.next(random);
        String local = commune == null ? "Thành phố" : commune;
        return switch (category) {
            case RESIDENTIAL_WARD -> Draw.pick(random, List.of("Khu dân cư ", "Khu đô thị ", "Khu tập thể ")) + place;
            case RESIDENTIAL_RURAL -> Draw.pick(random, List.of("Cụm dân cư ", "Làng ")) + place;
            case SCHOOL ->
                switch (random.nextInt(4)) {
                    case 0 -> "Trường Mầm non " + place;
                    case 1 -> "Trường Tiểu học " + place;
                    case 2 -> "Trường Trung học cơ sở " + Draw.pick(random, FIGURES);
                    default -> "Trường Trung học phổ thông " + Draw.pick(random, FIGURES);
                };
            case HEALTH ->
                committee
                        ? Draw.pick(random, List.of("Bệnh viện Đa khoa ", "Bệnh viện Nhi ", "Bệnh viện Phụ sản "))
                                + place
                        : Draw.pick(
                                        random,
                                        List.of("Trung tâm Y tế ", "Phòng khám Đa khoa ", "Bệnh viện Y học cổ truyền "))
                                + place;
            case COMPANY ->
                (committee && Draw.chance(random, 0.3)
                                ? "Tổng công ty "
                                : Draw.pick(random, List.of("Công ty Cổ phần ", "Công ty TNHH Một thành viên ")))
                        + Draw.pick(random, INDUSTRIES) + " " + place;
            case AGENCY -> {
                if (commune != null) {
                    yield Draw.pick(random, LOCAL_AGENCIES) + local;
                }
                yield Draw.chance(random, 0.5)
                        ? Draw.pick(random, DEPARTMENTS)
                        : "Trung tâm " + Draw.pick(random, SERVICES) + " khu vực " + (1 + random.nextInt(30));
            }
            case MASS ->
                switch (random.nextInt(3)) {
                    case 0 -> Draw.pick(random, MASS_ORGANISATIONS);
                    case 1 -> "Công đoàn ngành " + Draw.pick(random, TRADE_UNIONS);
                    default -> "Công đoàn Khu công nghiệp " + place;
                };
            case POLICE ->
                Draw.chance(random, 0.6)
                        ? Draw.pick(random, POLICE_UNITS)
                        : "Công an " + Draw.pick(random, List.of("phường ", "xã ")) + place;
            case MILITARY ->
                commune != null && Draw.chance(random, 0.5)
                        ? "Ban Chỉ huy Quân sự " + local
                        : Draw.pick(random, List.of("Trung đoàn ", "Tiểu đoàn ", "Ban Chỉ huy Phòng thủ khu vực "))
                                + (1 + random.nextInt(300));
            case UNIVERSITY ->
                Draw.pick(random, List.of("Trường Đại học ", "Trường Cao đẳng ")) + Draw.pick(random, FIELDS) + " "
                        + place;
        };
    }

    /** The cells of one grassroots organisation, in order (without "Chi bộ"); names differ from each other. */
    List<String> cells(UnitCategory category, int count) {
        List<String> names = new ArrayList<>(count);
        if (category == RESIDENTIAL_RURAL) {
            Set<String> used = new HashSet<>();
            while (names.size() < count) {
                String village = names.size() < 40 ? "Thôn " + PlaceNames.next(random) : null;
                if (village == null) {
                    names.add(category.numberedCell(names.size() + 1));
                } else if (used.add(village)) {
                    names.add(village);
                }
            }
            return names;
        }
        List<String> named = new ArrayList<>(category.cells());
        for (int i = named.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            named.set(i, named.set(j, named.get(i)));
        }
        for (int i = 0; i < count; i++) {
            names.add(i < named.size() ? named.get(i) : category.numberedCell(i - named.size() + 1));
        }
        return names;
    }
}

package vn.dangvu.demo.internal;

import java.util.List;

/**
 * What a grassroots organisation is (a residential area, a school, a hospital, a company …): it decides the names of
 * the organisation, of its cells ("Chi bộ Tổ dân phố số 7", "Chi bộ Khoa Nội", "Chi bộ Phòng Kế toán") and of its
 * partial committees.
 */
enum UnitCategory {
    RESIDENTIAL_WARD(List.of(), "Tổ dân phố số %d", List.of(), "Khu dân cư số %d"),
    RESIDENTIAL_RURAL(List.of(), "Xóm %d", List.of(), "Cụm dân cư số %d"),
    SCHOOL(
            List.of(
                    "Tổ Toán – Tin",
                    "Tổ Ngữ văn",
                    "Tổ Ngoại ngữ",
                    "Tổ Khoa học tự nhiên",
                    "Tổ Lịch sử – Địa lý",
                    "Tổ Giáo dục thể chất – Quốc phòng",
                    "Tổ Văn phòng",
                    "Tổ Nghệ thuật",
                    "Tổ Công nghệ"),
            "Tổ chuyên môn số %d",
            List.of(),
            "bộ phận số %d"),
    HEALTH(
            List.of(
                    "Khoa Nội",
                    "Khoa Ngoại",
                    "Khoa Sản",
                    "Khoa Nhi",
                    "Khoa Cấp cứu",
                    "Khoa Hồi sức tích cực",
                    "Khoa Xét nghiệm",
                    "Khoa Chẩn đoán hình ảnh",
                    "Khoa Dược",
                    "Khoa Truyền nhiễm",
                    "Khoa Mắt",
                    "Khoa Tai Mũi Họng",
                    "Khoa Răng Hàm Mặt",
                    "Khoa Y học cổ truyền",
                    "Khoa Phục hồi chức năng",
                    "Khoa Khám bệnh",
                    "Phòng Kế hoạch tổng hợp",
                    "Phòng Điều dưỡng",
                    "Phòng Tài chính – Kế toán",
                    "Phòng Tổ chức cán bộ",
                    "Phòng Hành chính quản trị"),
            "Khoa Lâm sàng số %d",
            List.of("Khối Nội", "Khối Ngoại", "Khối Cận lâm sàng", "Khối Hành chính – Hậu cần"),
            "Khối số %d"),
    COMPANY(
            List.of(
                    "Phòng Kế toán",
                    "Phòng Kỹ thuật",
                    "Phòng Kinh doanh",
                    "Phòng Hành chính – Nhân sự",
                    "Phòng Kế hoạch – Đầu tư",
                    "Ban Quản lý dự án",
                    "Phòng Vật tư – Thiết bị",
                    "Phòng An toàn lao động"),
            "Đội sản xuất số %d",
            List.of(),
            "Xí nghiệp số %d"),
    AGENCY(
            List.of(
                    "Văn phòng",
                    "Phòng Tổ chức cán bộ",
                    "Phòng Kế hoạch – Tài chính",
                    "Thanh tra",
                    "Phòng Pháp chế",
                    "Phòng Tổng hợp",
                    "Phòng Quản lý đô thị",
                    "Phòng Văn hóa – Xã hội",
                    "Phòng Kinh tế",
                    "Trung tâm Phục vụ hành chính công"),
            "Phòng chuyên môn số %d",
            List.of(),
            "Khối số %d"),
    MASS(
            List.of(
                    "Văn phòng",
                    "Ban Tổ chức – Kiểm tra",
                    "Ban Tuyên giáo",
                    "Ban Chính sách – Pháp luật",
                    "Ban Kinh tế",
                    "Ban Phong trào"),
            "Ban chuyên môn số %d",
            List.of(),
            "Khối số %d"),
    POLICE(
            List.of("Đội Tổng hợp", "Đội Tham mưu", "Đội Tuần tra kiểm soát", "Đội Điều tra", "Đội Hậu cần"),
            "Đội %d",
            List.of(),
            "Khối Đội số %d"),
    MILITARY(
            List.of("Cơ quan Tham mưu", "Cơ quan Chính trị", "Cơ quan Hậu cần – Kỹ thuật"),
            "Đại đội %d",
            List.of(),
            "Tiểu đoàn %d"),
    UNIVERSITY(
            List.of(
                    "Khoa Toán – Tin",
                    "Khoa Kinh tế",
                    "Khoa Ngữ văn",
                    "Khoa Công nghệ thông tin",
                    "Khoa Ngoại ngữ",
                    "Khoa Luật",
                    "Khoa Môi trường",
                    "Phòng Đào tạo",
                    "Phòng Tổ chức – Hành chính",
                    "Phòng Khoa học và Hợp tác quốc tế"),
            "Sinh viên số %d",
            List.of("Khối Khoa học tự nhiên", "Khối Khoa học xã hội", "Khối Hành chính – Phục vụ"),
            "Khối số %d");

    /** Schools are small: a high school's party organisation has a few dozen members at most. */
    private static final int SCHOOL_MAX = 90;

    /** The agencies and the military command of a commune have a hundred-odd members at most. */
    private static final int COMMUNE_AGENCY_MAX = 150;

    private final List<String> cells;
    private final String cellPattern;
    private final List<String> partials;
    private final String partialPattern;

    UnitCategory(List<String> cells, String cellPattern, List<String> partials, String partialPattern) {
        this.cells = cells;
        this.cellPattern = cellPattern;
        this.partials = partials;
        this.partialPattern = partialPattern;
    }

    /** The largest grassroots organisation of this kind, under a commune or under a sectoral committee. */
    int maxMembers(boolean underCommune) {
        return switch (this) {
            case SCHOOL -> SCHOOL_MAX;
            case AGENCY, MILITARY, MASS -> underCommune ? COMMUNE_AGENCY_MAX : Integer.MAX_VALUE;
            default -> Integer.MAX_VALUE;
        };
    }

    /** Named departments that become cells, in this order, before numbered ones. */
    List<String> cells() {
        return cells;
    }

    /** The name of the n-th numbered cell (1-based). */
    String numberedCell(int n) {
        return cellPattern.formatted(n);
    }

    /** The name of the n-th partial committee (1-based), without "Đảng bộ". */
    String partial(int n) {
        return n <= partials.size() ? partials.get(n - 1) : partialPattern.formatted(n);
    }
}

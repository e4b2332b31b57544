package vn.dangvu.member.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.AcademicTitle;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.shared.text.VietnameseText;

/**
 * The columns of the member import file, in the order of the template: the Vietnamese header, the record field it
 * fills (the names of {@link MemberFields}, plus the cell code and the status) and how its text is read. Headers are
 * matched without regard to case and diacritics.
 */
enum MemberImportColumn {
    FULL_NAME("fullName", "Họ và tên", Kind.TEXT, true, "Nguyễn Thị Lan"),
    BIRTH_NAME("birthName", "Họ và tên khai sinh", Kind.TEXT, false, ""),
    ALIASES("aliases", "Bí danh", Kind.TEXT, false, ""),
    SEX("sex", "Giới tính", Kind.SEX, true, "Nữ"),
    BIRTH_DATE("birthDate", "Ngày sinh", Kind.DATE, true, "15/03/1985"),
    BIRTH_PLACE("birthPlace", "Nơi sinh", Kind.TEXT, false, "Xã Phúc Lâm, huyện Mỹ Đức, Hà Nội"),
    HOME_TOWN("homeTown", "Quê quán", Kind.TEXT, false, "Xã Phúc Lâm, huyện Mỹ Đức, Hà Nội"),
    PERMANENT_ADDRESS("permanentAddress", "Nơi thường trú", Kind.TEXT, false, "Số 12 phố Hàng Bông, Hoàn Kiếm, Hà Nội"),
    TEMPORARY_ADDRESS("temporaryAddress", "Nơi tạm trú", Kind.TEXT, false, ""),
    ETHNICITY("ethnicity", "Dân tộc", Kind.ETHNICITY, true, "Kinh"),
    RELIGION("religion", "Tôn giáo", Kind.RELIGION, false, "Không"),
    OCCUPATION("occupation", "Nghề nghiệp", Kind.TEXT, false, "Giáo viên"),
    GENERAL_EDUCATION("generalEducation", "Giáo dục phổ thông", Kind.TEXT, false, "12/12"),
    PROFESSIONAL_LEVEL("professionalLevel", "Trình độ chuyên môn", Kind.PROFESSIONAL_LEVEL, false, "Đại học"),
    ACADEMIC_TITLE("academicTitle", "Học hàm", Kind.ACADEMIC_TITLE, false, "Không"),
    THEORY_LEVEL("theoryLevel", "Lý luận chính trị", Kind.THEORY_LEVEL, false, "Trung cấp"),
    CARD_NUMBER("cardNumber", "Số thẻ đảng viên", Kind.DIGITS, false, "01234567"),
    HISTORY_NUMBER("historyNumber", "Số lý lịch", Kind.TEXT, false, "012345HN"),
    CITIZEN_ID("citizenId", "Số định danh cá nhân (CCCD)", Kind.DIGITS, true, "001185012345"),
    PHONE("phone", "Điện thoại", Kind.DIGITS, false, "0912345678"),
    EMAIL("email", "Thư điện tử", Kind.TEXT, false, "lan.nt@example.vn"),
    ADMITTED_ON("admittedOn", "Ngày quyết định kết nạp", Kind.DATE, false, "10/05/2010"),
    ADMISSION_DECISION_NUMBER("admissionDecisionNumber", "Số quyết định kết nạp", Kind.TEXT, false, "125-QĐ/ĐU"),
    ADMISSION_DECISION_BODY(
            "admissionDecisionBody", "Cơ quan ra quyết định kết nạp", Kind.TEXT, false, "Đảng ủy phường Hàng Bông"),
    CEREMONY_DATE("ceremonyDate", "Ngày lễ kết nạp", Kind.DATE, false, "19/05/2010"),
    CEREMONY_PLACE("ceremonyPlace", "Nơi kết nạp", Kind.TEXT, false, "Chi bộ Trường THCS Hàng Bông"),
    OFFICIAL_ON("officialOn", "Ngày công nhận chính thức", Kind.DATE, false, "19/05/2011"),
    OFFICIAL_PLACE("officialPlace", "Nơi công nhận chính thức", Kind.TEXT, false, "Chi bộ Trường THCS Hàng Bông"),
    PARTY_POSTS("partyPosts", "Chức vụ Đảng", Kind.TEXT, false, "Chi ủy viên"),
    WORKPLACE("workplace", "Nơi công tác", Kind.TEXT, false, "Trường THCS Hàng Bông"),
    STATUS("status", "Tình trạng", Kind.STATUS, false, "Chính thức"),
    CELL_CODE("cellCode", "Mã chi bộ", Kind.TEXT, true, "");

    /** How a column's text is read. */
    enum Kind {
        TEXT,
        /** Digits that Excel may have stored as a number (leading zeros lost). */
        DIGITS,
        /** An Excel date, or text dd/MM/yyyy (also d/M/yyyy and yyyy-MM-dd). */
        DATE,
        /** Nam / Nữ (or M / F). */
        SEX,
        ETHNICITY,
        RELIGION,
        PROFESSIONAL_LEVEL,
        ACADEMIC_TITLE,
        THEORY_LEVEL,
        STATUS
    }

    /** The statuses a member may be imported with: the active ones a cell keeps on its list. */
    static final List<MemberStatus> IMPORTABLE_STATUSES =
            List.of(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPTED);

    /** Vietnamese names of the statuses, as in the member list. */
    static final Map<MemberStatus, String> STATUS_NAMES = Map.of(
            MemberStatus.PROBATIONARY, "Dự bị",
            MemberStatus.OFFICIAL, "Chính thức",
            MemberStatus.EXEMPTED, "Miễn sinh hoạt");

    private static final Map<String, MemberImportColumn> BY_HEADER =
            Arrays.stream(values()).collect(Collectors.toMap(c -> key(c.header), Function.identity()));

    private final String field;
    private final String header;
    private final Kind kind;
    private final boolean required;
    private final String sample;

    MemberImportColumn(String field, String header, Kind kind, boolean required, String sample) {
        this.field = field;
        this.header = header;
        this.kind = kind;
        this.required = required;
        this.sample = sample;
    }

    String field() {
        return field;
    }

    String header() {
        return header;
    }

    Kind kind() {
        return kind;
    }

    boolean required() {
        return required;
    }

    String sample() {
        return sample;
    }

    /** The record column this fills, or {@code null} for the cell code (which names the cell). */
    @Nullable
    String dbColumn() {
        return switch (this) {
            case CELL_CODE -> null;
            case STATUS -> "status";
            default ->
                MemberFields.ALL.stream()
                        .filter(f -> f.name().equals(field))
                        .findFirst()
                        .orElseThrow()
                        .column();
        };
    }

    /** The column a header names, ignoring case, diacritics, spaces and punctuation. */
    static Optional<MemberImportColumn> byHeader(@Nullable String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_HEADER.get(key(header)));
    }

    /** The column of a record field, for placing the form's validation messages. */
    static Optional<MemberImportColumn> byField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    /** The allowed values of a column with a closed list (Vietnamese names), empty for free columns. */
    List<String> allowedValues() {
        return switch (kind) {
            case SEX -> List.of("Nam", "Nữ");
            case ETHNICITY ->
                Arrays.stream(Ethnicity.values()).map(Ethnicity::vietnameseName).toList();
            case RELIGION ->
                Arrays.stream(Religion.values()).map(Religion::vietnameseName).toList();
            case PROFESSIONAL_LEVEL ->
                Arrays.stream(ProfessionalLevel.values())
                        .map(ProfessionalLevel::vietnameseName)
                        .toList();
            case ACADEMIC_TITLE ->
                Arrays.stream(AcademicTitle.values())
                        .map(AcademicTitle::vietnameseName)
                        .toList();
            case THEORY_LEVEL ->
                Arrays.stream(TheoryLevel.values())
                        .map(TheoryLevel::vietnameseName)
                        .toList();
            case STATUS -> IMPORTABLE_STATUSES.stream().map(STATUS_NAMES::get).toList();
            default -> List.of();
        };
    }

    /**
     * The comparison key of a header or a listed value: the search key without anything but letters and digits, so
     * "Ê Đê", "Ê-đê" and "ede" are the same value.
     */
    static String key(String text) {
        String lower = VietnameseText.searchKey(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}

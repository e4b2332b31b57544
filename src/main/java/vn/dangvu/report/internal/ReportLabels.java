package vn.dangvu.report.internal;

import java.util.List;
import java.util.Map;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.report.StatBands;
import vn.dangvu.report.StatDimension;

/**
 * The Vietnamese headings of the bucket keys of {@link StatDimension}, in the order the forms print them. The forms are
 * official documents in Vietnamese: their labels do not follow the user's language.
 */
final class ReportLabels {

    static final String UNKNOWN_LABEL = "Chưa rõ";

    private static final Map<String, String> AGE = ordered(
            "LE_30", "Đến 30", "31_40", "31–40", "41_50", "41–50", "51_60", "51–60", "61_70", "61–70", "GT_70",
            "Trên 70");
    private static final Map<String, String> PARTY_AGE = ordered(
            "LT_10",
            "Dưới 10",
            "10_19",
            "10–19",
            "20_29",
            "20–29",
            "30_39",
            "30–39",
            "40_49",
            "40–49",
            "GE_50",
            "Từ 50",
            StatBands.UNKNOWN,
            UNKNOWN_LABEL);
    private static final Map<String, String> EDUCATION = ordered(
            "PRIMARY",
            "Tiểu học",
            "LOWER_SECONDARY",
            "Trung học cơ sở",
            "UPPER_SECONDARY",
            "Trung học phổ thông",
            StatBands.UNKNOWN,
            UNKNOWN_LABEL);
    private static final Map<String, String> CELL_SIZE = ordered(
            "LT_3",
            "Dưới 3 đảng viên",
            "3_8",
            "Từ 3 đến 8",
            "9_29",
            "Từ 9 đến 29",
            "GE_30",
            "Từ 30 trở lên",
            "EMPTY",
            "Chưa có đảng viên");
    private static final Map<OrgUnitKind, String> UNIT_KIND = Map.of(
            OrgUnitKind.NATIONAL, "Toàn Đảng",
            OrgUnitKind.PROVINCIAL, "Đảng bộ tỉnh, thành phố",
            OrgUnitKind.COMMUNE, "Đảng bộ xã, phường",
            OrgUnitKind.SECTORAL, "Đảng bộ trực thuộc",
            OrgUnitKind.GRASSROOTS_COMMITTEE, "Đảng bộ cơ sở",
            OrgUnitKind.GRASSROOTS_CELL, "Chi bộ cơ sở",
            OrgUnitKind.PARTIAL_COMMITTEE, "Đảng bộ bộ phận",
            OrgUnitKind.CELL, "Chi bộ trực thuộc",
            OrgUnitKind.PARTY_GROUP, "Tổ đảng");

    private ReportLabels() {}

    /** Keys and labels of an ordered band dimension; null for a dimension whose keys are enum names. */
    static Map<String, String> bands(StatDimension dimension) {
        return switch (dimension) {
            case AGE_BAND -> AGE;
            case PARTY_AGE_BAND -> PARTY_AGE;
            case GENERAL_EDUCATION -> EDUCATION;
            case CELL_SIZE -> CELL_SIZE;
            case PROFESSIONAL_LEVEL ->
                withUnknown(List.of(ProfessionalLevel.values()).stream()
                        .map(l -> Map.entry(l.name(), l.vietnameseName()))
                        .toList());
            case THEORY_LEVEL ->
                withUnknown(List.of(TheoryLevel.values()).stream()
                        .map(l -> Map.entry(l.name(), l.vietnameseName()))
                        .toList());
            default -> throw new IllegalArgumentException("not a band dimension: " + dimension);
        };
    }

    static String unitKind(OrgUnitKind kind) {
        return UNIT_KIND.get(kind);
    }

    /** The name of an ethnic group from its key, or the key itself if unknown to this version. */
    static String ethnicity(String key) {
        if (StatBands.UNKNOWN.equals(key)) {
            return UNKNOWN_LABEL;
        }
        try {
            return Ethnicity.valueOf(key).vietnameseName();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    static String religion(Religion religion) {
        return religion.vietnameseName();
    }

    private static Map<String, String> withUnknown(List<Map.Entry<String, String>> entries) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        map.put(StatBands.UNKNOWN, UNKNOWN_LABEL);
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

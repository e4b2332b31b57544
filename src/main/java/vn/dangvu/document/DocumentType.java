package vn.dangvu.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * Party document types with the abbreviation of their symbol (QĐ 66-QĐ/TW 2017; abbreviations as observed,
 * REGULATIONS §11.2).
 */
public enum DocumentType {
    NQ("NQ", "Nghị quyết"),
    CT("CT", "Chỉ thị"),
    KL("KL", "Kết luận"),
    QD("QĐ", "Quyết định, quy định"),
    QDI("QĐi", "Quy định (2018–2019)"),
    QC("QC", "Quy chế"),
    HD("HD", "Hướng dẫn"),
    KH("KH", "Kế hoạch"),
    CTR("CTr", "Chương trình"),
    CTHD("CTHĐ", "Chương trình hành động"),
    TB("TB", "Thông báo"),
    BC("BC", "Báo cáo"),
    TTR("TTr", "Tờ trình"),
    DA("ĐA", "Đề án"),
    CV("CV", "Công văn"),
    BB("BB", "Biên bản"),
    TT("TT", "Thông tri");

    private final String code;
    private final String vietnameseName;

    DocumentType(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    /** The abbreviation in the symbol, e.g. {@code CTr}. */
    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The type whose abbreviation is exactly {@code code}. */
    public static Optional<DocumentType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}

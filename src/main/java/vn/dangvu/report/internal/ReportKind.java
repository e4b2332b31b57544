package vn.dangvu.report.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The four standard statistical reports, modelled on the basic statistical forms of the Central Organisation Commission
 * (Biểu 1–4-TCTW; HD 11-HD/BTCTW 13/12/2021, REGULATIONS §12.3). The 2021 forms are not public: the layouts follow the
 * 2012 set, whose substance the 2021 guidance keeps (see docs/architecture.md, "Standard reports").
 */
enum ReportKind {
    /** Member numbers at the start of the year, arrivals and departures by kind, numbers at the reference date. */
    MEMBERS("Biểu 1-TCTW", "BÁO CÁO SỐ LƯỢNG VÀ BIẾN ĐỘNG ĐẢNG VIÊN"),
    /** Quality structure: age, general education, professional level, political theory, membership age. */
    QUALITY("Biểu 2-TCTW", "BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN"),
    /** Members of ethnic minorities and members with a religion. */
    ETHNICITY_RELIGION("Biểu 3-TCTW", "BÁO CÁO ĐẢNG VIÊN LÀ NGƯỜI DÂN TỘC THIỂU SỐ VÀ CÓ TÔN GIÁO"),
    /** Party organisations by kind and cells by size. */
    ORGANISATIONS("Biểu 4-TCTW", "BÁO CÁO TỔ CHỨC ĐẢNG THEO LOẠI HÌNH VÀ QUY MÔ CHI BỘ");

    private final String formCode;
    private final String title;

    ReportKind(String formCode, String title) {
        this.formCode = formCode;
        this.title = title;
    }

    String formCode() {
        return formCode;
    }

    String title() {
        return title;
    }

    /** The kind named in a URL, in any case ({@code members}, {@code MEMBERS}). */
    static Optional<ReportKind> parse(String name) {
        for (ReportKind kind : values()) {
            if (kind.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

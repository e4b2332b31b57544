package vn.dangvu.congress.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dangvu.congress.SeasonProgress;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.report.ReportTable;

/** The progress of a congress season laid out for the report module's printing (PDF and Excel). */
final class SeasonProgressReport {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Vietnamese names of the levels (REGULATIONS §1.1). */
    static final Map<OrgUnitKind, String> LEVELS = Map.of(
            OrgUnitKind.NATIONAL, "Toàn quốc",
            OrgUnitKind.PROVINCIAL, "Đảng bộ tỉnh, thành phố",
            OrgUnitKind.COMMUNE, "Đảng bộ xã, phường, đặc khu",
            OrgUnitKind.SECTORAL, "Đảng bộ trực thuộc (khối)",
            OrgUnitKind.GRASSROOTS_COMMITTEE, "Đảng bộ cơ sở",
            OrgUnitKind.GRASSROOTS_CELL, "Chi bộ cơ sở",
            OrgUnitKind.PARTIAL_COMMITTEE, "Đảng bộ bộ phận",
            OrgUnitKind.CELL, "Chi bộ trực thuộc",
            OrgUnitKind.PARTY_GROUP, "Tổ đảng");

    private SeasonProgressReport() {}

    static ReportTable table(SeasonProgress progress, String place) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column("ORGANISATIONS", "Số tổ chức", null),
                new ReportTable.Column("HELD", "Đã đại hội", "Tình hình đại hội"),
                new ReportTable.Column("PLANNED", "Đã có kế hoạch", "Tình hình đại hội"),
                new ReportTable.Column("NOT_PLANNED", "Chưa có kế hoạch", "Tình hình đại hội"),
                new ReportTable.Column("OVERDUE", "Quá hạn", "Tình hình đại hội"));
        List<ReportTable.Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SeasonProgress.SeasonLevel level : progress.levels()) {
            String label = LEVELS.get(level.kind());
            rows.add(new ReportTable.Row(null, label, values(level)));
            notes.add(label + ": đã đại hội " + level.heldText()
                    + (level.deadline() == null ? "" : "; hạn hoàn thành " + day(level.deadline())) + ".");
        }
        String term = progress.season() + "–" + (progress.season() + 5);
        return new ReportTable(
                "CONGRESS_SEASON_" + progress.season(),
                "Đại hội nhiệm kỳ " + term,
                "BÁO CÁO TIẾN ĐỘ ĐẠI HỘI ĐẢNG CÁC CẤP NHIỆM KỲ " + term,
                List.of(progress.rootName().toUpperCase(VI)),
                place,
                progress.rootUnitId(),
                progress.rootName(),
                progress.today(),
                "Tính đến ngày " + day(progress.today()),
                List.of("Toàn " + progress.rootName() + " đã đại hội "
                        + progress.total().heldText() + " tổ chức đảng."),
                "Cấp tổ chức",
                columns,
                rows,
                new ReportTable.Row(null, "Tổng cộng", values(progress.total())),
                notes);
    }

    private static List<Long> values(SeasonProgress.SeasonLevel level) {
        return List.of(level.organisations(), level.held(), level.planned(), level.notPlanned(), level.overdue());
    }

    private static String day(java.time.LocalDate d) {
        return "%02d/%02d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}

package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.InspectionSummary;
import vn.dangvu.inspection.InspectionSummary.Appeals;
import vn.dangvu.inspection.InspectionSummary.Figures;
import vn.dangvu.inspection.InspectionSummary.FormCount;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.report.ReportTable;
import vn.dangvu.report.internal.ExcelReport;
import vn.dangvu.report.internal.PdfReport;
import vn.dangvu.support.PdfText;
import vn.dangvu.support.Sheets;

/**
 * The wording of the inspection summary against the figures of a city's report (Hà Nội: "kiểm tra đối với 1.282 tổ
 * chức đảng và 360 đảng viên; giám sát đối với 766 tổ chức đảng và 184 đảng viên; … kiểm tra khi có dấu hiệu vi phạm
 * đối với 81 tổ chức đảng và 343 đảng viên"; "122 tổ chức đảng (chiếm 38%) và 332 đảng viên (chiếm 44%) có vi phạm,
 * phải thi hành kỷ luật 17 tổ chức đảng và 236 đảng viên"), and the files printed from it, read back.
 */
class SummaryReportTests {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    static InspectionSummary city() {
        Figures organisations = new Figures(1282, 766, 81, 317, 122, 38, 17);
        Figures members = new Figures(360, 184, 343, 756, 332, 44, 236);
        List<FormCount> organisationForms = List.of(
                new FormCount(DisciplineForm.REPRIMAND, 12),
                new FormCount(DisciplineForm.WARNING, 5),
                new FormCount(DisciplineForm.DISSOLUTION, 0));
        List<FormCount> memberForms = List.of(
                new FormCount(DisciplineForm.REPRIMAND, 150),
                new FormCount(DisciplineForm.WARNING, 60),
                new FormCount(DisciplineForm.REMOVAL_FROM_POST, 6),
                new FormCount(DisciplineForm.EXPULSION, 20));
        Appeals appeals = new Appeals(14, 9, 2, 1, 2);
        String paragraph = SummaryReport.paragraph(
                "Đảng bộ thành phố Hà Nội", FROM, TO, organisations, members, organisationForms, memberForms, appeals);
        return new InspectionSummary(
                1,
                "Đảng bộ thành phố Hà Nội",
                FROM,
                TO,
                organisations,
                members,
                organisationForms,
                memberForms,
                appeals,
                List.of(
                        new InspectionSummary.UnitFigures(
                                2L,
                                "Đảng bộ quận Ba Đình",
                                new Figures(40, 20, 3, 10, 4, 40, 1),
                                new Figures(12, 6, 10, 20, 9, 45, 7)),
                        new InspectionSummary.UnitFigures(
                                null,
                                "Cấp ủy, ủy ban kiểm tra Đảng bộ thành phố Hà Nội",
                                new Figures(1242, 746, 78, 307, 118, 38, 16),
                                new Figures(348, 178, 333, 736, 323, 44, 229))),
                paragraph,
                SummaryReport.notes(organisations, members));
    }

    @Test
    void theParagraphIsWordedLikeTheCitysReport() {
        assertThat(city().paragraph())
                .isEqualTo("Từ ngày 01/01/2025 đến ngày 31/12/2025, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ thành"
                        + " phố Hà Nội đã kiểm tra đối với 1.282 tổ chức đảng và 360 đảng viên; giám sát đối với 766 tổ"
                        + " chức đảng và 184 đảng viên; kiểm tra khi có dấu hiệu vi phạm đối với 81 tổ chức đảng và 343"
                        + " đảng viên. Qua kiểm tra, giám sát, đã kết luận 122 tổ chức đảng (chiếm 38% số tổ chức đảng"
                        + " được kết luận trong kỳ) và 332 đảng viên (chiếm 44% số đảng viên được kết luận trong kỳ) có"
                        + " vi phạm; phải thi hành kỷ luật 17 tổ chức đảng (khiển trách 12, cảnh cáo 5) và 236 đảng viên"
                        + " (khiển trách 150, cảnh cáo 60, cách chức 6, khai trừ 20). Trong kỳ đã nhận 14 đơn khiếu nại"
                        + " kỷ luật, giải quyết 12 đơn (giữ nguyên 9, thay đổi hình thức kỷ luật 2, xóa bỏ quyết định"
                        + " kỷ luật 1); còn 2 đơn đang giải quyết.");
    }

    @Test
    void nothingConcludedLeavesThePercentageOutAndNoAppealIsSaidSo() {
        Figures none = new Figures(0, 0, 0, 0, 0, null, 0);
        String text = SummaryReport.paragraph(
                "Chi bộ Thôn Một", FROM, TO, none, none, List.of(), List.of(), new Appeals(0, 0, 0, 0, 0));
        assertThat(text)
                .contains("đã kết luận 0 tổ chức đảng và 0 đảng viên có vi phạm")
                .contains("phải thi hành kỷ luật 0 tổ chức đảng và 0 đảng viên.")
                .endsWith("Trong kỳ không có đơn khiếu nại kỷ luật.");
    }

    @Test
    void thePdfPrintsTheParagraphInVietnameseAndTheSameSummaryGivesTheSameBytes() throws Exception {
        ReportTable table = SummaryReport.table(city(), OrgUnitKind.PROVINCIAL, "Hà Nội");
        byte[] pdf = PdfReport.render(table);
        assertThat(PdfReport.render(SummaryReport.table(city(), OrgUnitKind.PROVINCIAL, "Hà Nội")))
                .isEqualTo(pdf);
        Path file = Files.createDirectories(Path.of("target/screenshots")).resolve("inspection-summary.pdf");
        Files.write(file, pdf);
        String text = PdfText.of(file);
        assertThat(text)
                .contains(
                        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
                        "ỦY BAN KIỂM TRA",
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "Hà Nội, ngày … tháng … năm …",
                        "BÁO CÁO TỔNG HỢP KẾT QUẢ KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG",
                        "Từ ngày 01/01/2025 đến ngày 31/12/2025",
                        "kiểm tra đối với 1.282 tổ chức đảng và 360 đảng viên",
                        "chiếm 38%",
                        "Kiểm tra khi có dấu hiệu vi",
                        "Đảng bộ quận Ba Đình",
                        "Tổng cộng 1.282 360 766 184 81 343 122 332 17 236",
                        "tỷ lệ tính trên số được kết luận trong kỳ: 317 tổ chức đảng, 756 đảng viên",
                        "Trang 1/1");
        new ProcessBuilder(
                        "pdftoppm",
                        "-r",
                        "80",
                        "-png",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        file.toString(),
                        file.resolveSibling("inspection-summary").toString())
                .inheritIO()
                .start()
                .waitFor();
    }

    @Test
    void theWorkbookHoldsTheParagraphTheTableAndTheNotes() {
        ReportTable table = SummaryReport.table(city(), OrgUnitKind.PROVINCIAL, "Hà Nội");
        byte[] xlsx = ExcelReport.render(table);
        assertThat(ExcelReport.render(SummaryReport.table(city(), OrgUnitKind.PROVINCIAL, "Hà Nội")))
                .isEqualTo(xlsx);
        List<String> cells = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : Sheets.rows(xlsx)) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
                values.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
            }
            rows.add(values);
            cells.addAll(values);
        }
        assertThat(cells)
                .contains(
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "BÁO CÁO TỔNG HỢP KẾT QUẢ KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG",
                        city().paragraph(),
                        "Thi hành kỷ luật",
                        "Đảng bộ quận Ba Đình",
                        city().notes().get(0));
        List<String> total = rows.stream()
                .filter(r -> r.size() > 1 && "Tổng cộng".equals(r.get(1)))
                .findFirst()
                .orElseThrow();
        assertThat(total.subList(2, 12).stream()
                        .map(v -> (long) Double.parseDouble(v))
                        .toList())
                .containsExactly(1282L, 360L, 766L, 184L, 81L, 343L, 122L, 332L, 17L, 236L);
    }
}

package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.report.internal.ReportFixtures.CITY;
import static vn.dangvu.report.internal.ReportFixtures.DATE;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.support.PdfText;

/**
 * The Excel and PDF files of a report: read back and checked cell by cell and line by line, byte-identical when made
 * twice, the first PDF page rendered to PNG (target/screenshots) to be looked at.
 */
class ReportRenderingTests {

    private final StandardReports reports = ReportFixtures.reports(ReportFixtures.figures());

    @Test
    void theWorkbookHoldsTheHeadingTheTableAndTheTotals() throws IOException {
        ReportDefinition report = reports.build(ReportKind.QUALITY, CITY, DATE);

        List<List<String>> rows = read(ExcelReport.render(report));

        assertThat(rows.get(0)).contains("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(rows.get(1)).contains("BAN TỔ CHỨC", "Hà Nội, ngày … tháng … năm …");
        List<String> flat = rows.stream().flatMap(List::stream).toList();
        assertThat(flat)
                .contains(
                        "Biểu 2-TCTW",
                        "BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN",
                        "Số liệu tính đến ngày 31/12/2025",
                        "Tuổi đời",
                        "Lý luận chính trị",
                        "Đảng bộ phường Hoàn Kiếm");
        List<String> total = rows.stream()
                .filter(r -> r.size() > 1 && "Tổng cộng".equals(r.get(1)))
                .findFirst()
                .orElseThrow();
        for (int c = 0; c < report.columns().size(); c++) {
            assertThat(Double.parseDouble(total.get(c + 2)))
                    .isEqualTo(report.total().values().get(c).doubleValue());
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void theSameReportGivesTheSameBytes(ReportKind kind) {
        ReportDefinition report = reports.build(kind, CITY, DATE);
        ReportDefinition again =
                ReportFixtures.reports(ReportFixtures.figures()).build(kind, CITY, DATE);

        assertThat(ExcelReport.render(again)).isEqualTo(ExcelReport.render(report));
        assertThat(PdfReport.render(again)).isEqualTo(PdfReport.render(report));
    }

    @Test
    void theWorkbookCarriesNoClockTime() throws IOException {
        byte[] xlsx = ExcelReport.render(reports.build(ReportKind.MEMBERS, CITY, DATE));
        long midnight = DATE.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // DOS times have a 2-second resolution and no zone: compare the local fields
                assertThat(entry.getTimeLocal())
                        .as(entry.getName())
                        .isEqualTo(java.time.LocalDateTime.ofInstant(
                                java.time.Instant.ofEpochMilli(midnight), java.time.ZoneId.systemDefault()));
                if (entry.getName().equals("docProps/core.xml")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                            .contains(">2025-12-31T00:00:00Z</dcterms:created>");
                }
            }
        }
    }

    @Test
    void thePdfPrintsTheHeadingInVietnameseAndTheTotals() throws Exception {
        ReportDefinition report = reports.build(ReportKind.QUALITY, CITY, DATE);
        byte[] pdf = PdfReport.render(report);
        Path file = Files.createDirectories(Path.of("target/screenshots")).resolve("report-quality.pdf");
        Files.write(file, pdf);

        String text = PdfText.of(file);
        assertThat(text)
                .contains(
                        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
                        "BAN TỔ CHỨC",
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "Hà Nội, ngày … tháng … năm …",
                        "Biểu 2-TCTW",
                        "BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN",
                        "Số liệu tính đến ngày 31/12/2025",
                        "Đảng bộ phường Ba Đình",
                        "Tổng cộng " + report.total().values().get(0),
                        "Trang 1/1");
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getPageSizeWithRotation(1).getWidth())
                    .as("landscape")
                    .isGreaterThan(800);
            Map<String, String> info = reader.getInfo();
            assertThat(info.get("CreationDate")).startsWith("D:20251231000000");
        }
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
                        file.resolveSibling("report-quality").toString())
                .inheritIO()
                .start()
                .waitFor();
    }

    @Test
    void aLongReportRunsOverPagesWithItsHeadingsRepeated() throws Exception {
        ReportDefinition report =
                ReportFixtures.reports(ReportFixtures.wide(CITY, 120)).build(ReportKind.MEMBERS, CITY, DATE);
        byte[] pdf = PdfReport.render(report);
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isGreaterThan(2);
        }
        Path file = Files.createDirectories(Path.of("target/screenshots")).resolve("report-members-long.pdf");
        Files.write(file, pdf);
        String text = PdfText.of(file);
        assertThat(text).contains("Chi bộ Thôn Đồng Tâm số 120", "Trang 2/");
        assertThat(text.split("Cộng tăng", -1).length - 1)
                .as("headings on every page")
                .isGreaterThan(2);
    }

    static List<List<String>> read(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            sheet.openStream().forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getText());
                }
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                rows.add(cells);
            });
        }
        return rows;
    }
}

package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * The standard reports through the API over the demo city (figures from {@link DemoTreeFigures}): the catalogue, a
 * report on screen with its default date (01/03/2026 from the test clock), the same report as Excel and PDF with the
 * same figures, byte-identical when asked twice, and the problems of bad parameters.
 */
abstract class ReportScenarios extends PlatformTestBase {

    @Test
    void theCatalogueListsTheFourForms() {
        JsonNode catalogue = loggedIn("tochuc").get("/api/v1/reports").json();

        assertThat(catalogue.size()).isEqualTo(4);
        assertThat(catalogue.get(0).path("kind").asString()).isEqualTo("MEMBERS");
        assertThat(catalogue.get(0).path("formCode").asString()).isEqualTo("Biểu 1-TCTW");
        assertThat(catalogue.get(3).path("title").asString()).contains("QUY MÔ CHI BỘ");
    }

    @Test
    void aReportOfTheScopeRootShowsOneRowPerChildAndTheTotals() {
        long root = staffScopeRoot();
        JsonNode report = loggedIn("tochuc")
                .get("/api/v1/reports/quality?orgUnitId=" + root)
                .json();

        assertThat(report.path("formCode").asString()).isEqualTo("Biểu 2-TCTW");
        assertThat(report.path("referenceDate").asString()).isEqualTo("2025-12-31");
        assertThat(report.path("period").asString()).isEqualTo("Số liệu tính đến ngày 31/12/2025");
        // the children as of the reference date (other scenarios may add units under the same root today)
        int children = loggedIn("tochuc")
                .get("/api/v1/org-units/" + root + "/statistics?asOf=2025-12-31")
                .json()
                .path("children")
                .size();
        assertThat(children).isPositive();
        assertThat(report.path("rows").size()).isGreaterThanOrEqualTo(children);
        long members = 0;
        for (JsonNode row : report.path("rows")) {
            members += row.path("values").get(0).asLong();
        }
        assertThat(report.path("total").path("values").get(0).asLong()).isEqualTo(members);
        assertThat(members)
                .as("the report shows what the statistics show for the same unit and date")
                .isEqualTo(loggedIn("tochuc")
                        .get("/api/v1/org-units/" + root + "/statistics?asOf=2025-12-31")
                        .json()
                        .path("members")
                        .asLong())
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'report.read'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theFilesCarryTheSameFiguresAndAreTheSameWhenAskedTwice() throws Exception {
        long root = staffScopeRoot();
        ApiClient tochuc = loggedIn("tochuc");
        String query = "?orgUnitId=" + root + "&date=2025-12-31";
        JsonNode report = tochuc.get("/api/v1/reports/MEMBERS" + query).json();

        ApiClient.Download xlsx = tochuc.download("/api/v1/reports/MEMBERS.xlsx" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(ReportController.XLSX);
        assertThat(xlsx.headers().get("content-disposition"))
                .contains("filename=\"bieu-1-tctw-2025-12-31.xlsx\"")
                .contains("filename*=UTF-8''Bi%E1%BB%83u%201-TCTW%202025-12-31.xlsx");
        List<List<String>> rows = ReportRenderingTests.read(xlsx.bytes());
        List<String> total = rows.stream()
                .filter(r -> r.size() > 1 && "Tổng cộng".equals(r.get(1)))
                .findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(total.get(2)))
                .isEqualTo(report.path("total").path("values").get(0).asDouble());
        assertThat(tochuc.download("/api/v1/reports/MEMBERS.xlsx" + query).bytes())
                .isEqualTo(xlsx.bytes());

        ApiClient.Download pdf = tochuc.download("/api/v1/reports/MEMBERS.pdf" + query);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(tochuc.download("/api/v1/reports/MEMBERS.pdf" + query).bytes())
                .isEqualTo(pdf.bytes());
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf.bytes());
            assertThat(vn.dangvu.support.PdfText.of(file))
                    .contains("BÁO CÁO SỐ LƯỢNG VÀ BIẾN ĐỘNG ĐẢNG VIÊN", "Từ ngày 01/01/2025 đến ngày 31/12/2025");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void badParametersAreProblemsOnTheirFields() {
        ApiClient tochuc = loggedIn("tochuc");
        long root = staffScopeRoot();

        ApiClient.Response future = tochuc.get("/api/v1/reports/QUALITY?orgUnitId=" + root + "&date=2026-03-02");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("report.date.future");
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("date");

        ApiClient.Response invalid = tochuc.get("/api/v1/reports/QUALITY?orgUnitId=" + root + "&date=31/12/2025");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("report.date.invalid");

        ApiClient.Response missing = tochuc.get("/api/v1/reports/QUALITY");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("report.org-unit.required");

        ApiClient.Response unknown = tochuc.get("/api/v1/reports/B5?orgUnitId=" + root);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("report.kind.not-found");
        assertThat(unknown.json().path("detail").asString()).contains("Không có mẫu báo cáo B5");
    }
}

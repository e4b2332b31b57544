package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.Sheets;

/**
 * The summary report of inspection, supervision and discipline (issue 8 point 6) through the API: a grassroots
 * committee of the test's own with two cells, cases, decisions and appeals of its three commissions placed in and out
 * of the period, every figure and the paragraph checked, the PDF and the workbook read back and made twice; bad
 * periods and organisations outside the inspection scope refused.
 */
abstract class InspectionReportScenarios extends PlatformTestBase {

    private static final String PERIOD = "from=2026-01-01&to=2026-02-28";

    @Test
    void theSummaryCountsEachSubjectOnceInThePeriodOfItsDecisionAndWordsItLikeTheReports() throws Exception {
        ApiClient kiemtra = loggedIn("kiemtra");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        long committee = unit(staffScopeRoot(), "GRASSROOTS_COMMITTEE", "BCKT." + suffix, "Đảng bộ Công ty Kiểm Tra");
        long cellA = unit(committee, "CELL", "BCKT.A." + suffix, "Chi bộ Phân xưởng Một");
        long cellB = unit(committee, "CELL", "BCKT.B." + suffix, "Chi bộ Phân xưởng Hai");
        UUID m1 = arrive(cellA, "Nguyễn Văn Giám Sát");
        UUID m2 = arrive(cellA, "Trần Thị Dấu Hiệu");
        UUID m3 = arrive(cellB, "Lê Văn Vi Phạm");

        // cell A's commission: the same organisation inspected twice (counted once), a member supervised
        String c1 = open(kiemtra, cellA, "INSPECTION_REGULAR", "ORGANISATION", cellA, null);
        decide(kiemtra, c1, "2026-01-10");
        conclude(kiemtra, c1, "2026-02-01", true);
        decide(kiemtra, open(kiemtra, cellA, "INSPECTION_THEMATIC", "ORGANISATION", cellA, null), "2026-01-15");
        String c3 = open(kiemtra, cellA, "SUPERVISION_REGULAR", "MEMBER", null, m1);
        decide(kiemtra, c3, "2026-01-20");
        conclude(kiemtra, c3, "2026-02-05", false);
        // cell B's commission: a member inspected on signs of violation; a finance inspection decided after the period
        String c4 = open(kiemtra, cellB, "INSPECTION_SIGNS_OF_VIOLATION", "MEMBER", null, m3);
        decide(kiemtra, c4, "2026-01-12");
        conclude(kiemtra, c4, "2026-02-10", true);
        decide(kiemtra, open(kiemtra, cellB, "INSPECTION_FINANCE", "MEMBER", null, m3), "2026-03-01");
        // the committee's own commission: signs of violation; a case decided before the period but concluded in it;
        // a supervision never decided
        String c5 = open(kiemtra, committee, "INSPECTION_SIGNS_OF_VIOLATION", "MEMBER", null, m2);
        decide(kiemtra, c5, "2026-01-08");
        conclude(kiemtra, c5, "2026-02-12", true);
        String c6 = open(kiemtra, committee, "INSPECTION_REGULAR", "ORGANISATION", cellB, null);
        decide(kiemtra, c6, "2025-12-20");
        conclude(kiemtra, c6, "2026-01-20", false);
        open(kiemtra, committee, "SUPERVISION_THEMATIC", "ORGANISATION", cellB, null);

        // decisions: two against cell A (one organisation), one against m2 (appealed, pending), one against m1
        // annulled on appeal (not counted)
        organisationDiscipline(kiemtra, committee, cellA, "REPRIMAND", "2026-02-15");
        organisationDiscipline(kiemtra, committee, cellA, "WARNING", "2026-02-16");
        String d2 = memberDiscipline(kiemtra, committee, m2, "WARNING", "2026-02-20");
        String d1 = memberDiscipline(kiemtra, committee, m1, "REPRIMAND", "2026-02-21");
        String a1 = appeal(kiemtra, d1, "2026-02-22");
        ApiClient.Response annulled = kiemtra.post(
                "/api/v1/discipline-decisions/" + d1 + "/appeals/" + a1 + "/outcome",
                "{\"outcome\":\"ANNULLED\",\"decidedOn\":\"2026-02-25\",\"note\":\"Chưa đủ căn cứ\",\"version\":2}");
        assertThat(annulled.status()).as(annulled.body()).isEqualTo(200);
        appeal(kiemtra, d2, "2026-02-23");

        String query = "?unitId=" + committee + "&" + PERIOD;
        long reads = audits("inspection-report.read", committee);
        ApiClient.Response response = kiemtra.get("/api/v1/inspection-reports/summary" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(audits("inspection-report.read", committee)).isEqualTo(reads + 1);
        JsonNode summary = response.json();
        assertThat(summary.path("from").asString()).isEqualTo("2026-01-01");
        assertThat(summary.path("to").asString()).isEqualTo("2026-02-28");
        assertFigures(summary.path("organisations"), 1, 0, 0, 2, 1, 50, 1);
        assertFigures(summary.path("members"), 0, 1, 2, 3, 2, 67, 1);
        assertThat(forms(summary.path("organisationForms")))
                .containsExactly("REPRIMAND=1", "WARNING=1", "DISSOLUTION=0");
        assertThat(forms(summary.path("memberForms")))
                .containsExactly("REPRIMAND=0", "WARNING=1", "REMOVAL_FROM_POST=0", "EXPULSION=0");
        JsonNode appeals = summary.path("appeals");
        assertThat(List.of(
                        appeals.path("filed").asLong(),
                        appeals.path("upheld").asLong(),
                        appeals.path("changed").asLong(),
                        appeals.path("annulled").asLong(),
                        appeals.path("pending").asLong()))
                .containsExactly(2L, 0L, 0L, 1L, 1L);

        JsonNode rows = summary.path("rows");
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.get(0).path("orgUnitId").asLong()).isEqualTo(cellA);
        assertThat(rows.get(0).path("label").asString()).isEqualTo("Chi bộ Phân xưởng Một");
        assertFigures(rows.get(0).path("organisations"), 1, 0, 0, 1, 1, 100, 0);
        assertFigures(rows.get(0).path("members"), 0, 1, 0, 1, 0, 0, 0);
        assertThat(rows.get(1).path("orgUnitId").asLong()).isEqualTo(cellB);
        assertFigures(rows.get(1).path("organisations"), 0, 0, 0, 0, 0, -1, 0);
        assertFigures(rows.get(1).path("members"), 0, 0, 1, 1, 1, 100, 0);
        assertThat(rows.get(2).path("orgUnitId").isNull()).isTrue();
        assertThat(rows.get(2).path("label").asString()).isEqualTo("Cấp ủy, ủy ban kiểm tra Đảng bộ Công ty Kiểm Tra");
        assertFigures(rows.get(2).path("organisations"), 0, 0, 0, 1, 0, 0, 1);
        assertFigures(rows.get(2).path("members"), 0, 0, 1, 1, 1, 100, 1);

        String paragraph = "Từ ngày 01/01/2026 đến ngày 28/02/2026, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ Công"
                + " ty Kiểm Tra đã kiểm tra đối với 1 tổ chức đảng và 0 đảng viên; giám sát đối với 0 tổ chức đảng và"
                + " 1 đảng viên; kiểm tra khi có dấu hiệu vi phạm đối với 0 tổ chức đảng và 2 đảng viên. Qua kiểm tra,"
                + " giám sát, đã kết luận 1 tổ chức đảng (chiếm 50% số tổ chức đảng được kết luận trong kỳ) và 2 đảng"
                + " viên (chiếm 67% số đảng viên được kết luận trong kỳ) có vi phạm; phải thi hành kỷ luật 1 tổ chức"
                + " đảng (khiển trách 1, cảnh cáo 1) và 1 đảng viên (cảnh cáo 1). Trong kỳ đã nhận 2 đơn khiếu nại"
                + " kỷ luật, giải quyết 1 đơn (xóa bỏ quyết định kỷ luật 1); còn 1 đơn đang giải quyết.";
        assertThat(summary.path("paragraph").asString()).isEqualTo(paragraph);
        assertThat(summary.path("notes").get(1).asString()).contains("2 tổ chức đảng, 3 đảng viên");

        assertThat(kiemtra.get("/api/v1/inspection-reports/summary?unitId=" + cellB + "&" + PERIOD)
                        .json()
                        .path("members")
                        .path("signsOfViolation")
                        .asLong())
                .as("a cell's summary holds only its own commission")
                .isEqualTo(1);

        long exports = audits("inspection-report.export", committee);
        ApiClient.Download pdf = kiemtra.download("/api/v1/inspection-reports/summary.pdf" + query);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.headers().get("content-disposition"))
                .contains("filename=\"bao-cao-kiem-tra-giam-sat-2026-01-01_2026-02-28.pdf\"");
        assertThat(kiemtra.download("/api/v1/inspection-reports/summary.pdf" + query)
                        .bytes())
                .as("the same parameters give the same file")
                .isEqualTo(pdf.bytes());
        Path file = Files.createDirectories(Path.of("target/screenshots")).resolve("inspection-summary-api.pdf");
        Files.write(file, pdf.bytes());
        String text = vn.dangvu.support.PdfText.of(file);
        assertThat(text)
                .contains(
                        "ĐẢNG BỘ CÔNG TY KIỂM TRA",
                        "ỦY BAN KIỂM TRA",
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "BÁO CÁO TỔNG HỢP KẾT QUẢ KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG",
                        "Từ ngày 01/01/2026 đến ngày 28/02/2026",
                        "Chi bộ Phân xưởng Một",
                        "khiển trách 1, cảnh cáo 1",
                        "Tổng cộng 1 0 0 1 0 2 1 2 1 1");

        ApiClient.Download xlsx = kiemtra.download("/api/v1/inspection-reports/summary.xlsx" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(kiemtra.download("/api/v1/inspection-reports/summary.xlsx" + query)
                        .bytes())
                .isEqualTo(xlsx.bytes());
        List<List<String>> sheet = cells(xlsx.bytes());
        assertThat(sheet.stream().flatMap(List::stream).toList())
                .contains(paragraph, "Kiểm tra khi có dấu hiệu vi phạm", "Chi bộ Phân xưởng Hai");
        List<String> total = sheet.stream()
                .filter(r -> r.size() > 1 && "Tổng cộng".equals(r.get(1)))
                .findFirst()
                .orElseThrow();
        assertThat(total.subList(2, 12).stream()
                        .map(v -> (long) Double.parseDouble(v))
                        .toList())
                .containsExactly(1L, 0L, 0L, 1L, 0L, 2L, 1L, 2L, 1L, 1L);
        assertThat(audits("inspection-report.export", committee)).isEqualTo(exports + 4);
    }

    @Test
    void badPeriodsAndOrganisationsOutsideTheScopeAreRefused() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        ApiClient.Response reversed =
                kiemtra.get("/api/v1/inspection-reports/summary?unitId=" + commune + "&from=2026-02-01&to=2026-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.code()).isEqualTo("inspection.report.period-reversed");
        assertThat(reversed.json().path("detail").asString()).contains("01/01/2026", "01/02/2026");
        assertThat(reversed.json().path("errors").get(0).path("field").asString())
                .isEqualTo("to");
        ApiClient.Response future =
                kiemtra.get("/api/v1/inspection-reports/summary.pdf?unitId=" + commune + "&to=2026-03-02");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("inspection.report.period-future");
        ApiClient.Response noUnit = kiemtra.get("/api/v1/inspection-reports/summary");
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.code()).isEqualTo("inspection.report.unit-required");
        ApiClient.Response bad = kiemtra.get("/api/v1/inspection-reports/summary?unitId=" + commune + "&from=x");
        assertThat(bad.status()).isEqualTo(400);

        JsonNode defaults = kiemtra.get("/api/v1/inspection-reports/summary?unitId=" + commune)
                .json();
        assertThat(defaults.path("from").asString()).as("this year").isEqualTo("2026-01-01");
        assertThat(defaults.path("to").asString()).as("up to today").isEqualTo("2026-03-01");

        long outside = unitOutside(pathOf(commune), "GRASSROOTS_COMMITTEE");
        ApiClient.Response foreign = kiemtra.get("/api/v1/inspection-reports/summary?unitId=" + outside);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("org.unit.not-found");
        assertThat(loggedIn("tochuc")
                        .get("/api/v1/inspection-reports/summary?unitId=" + commune)
                        .status())
                .as("organisation staff with the subtree in scope")
                .isEqualTo(403);
    }

    private static void assertFigures(
            JsonNode figures,
            long inspected,
            long supervised,
            long signs,
            long concluded,
            long violation,
            int percent,
            long disciplined) {
        assertThat(List.of(
                        figures.path("inspected").asLong(),
                        figures.path("supervised").asLong(),
                        figures.path("signsOfViolation").asLong(),
                        figures.path("concluded").asLong(),
                        figures.path("violationFound").asLong(),
                        figures.path("disciplined").asLong()))
                .as(figures.toString())
                .containsExactly(inspected, supervised, signs, concluded, violation, disciplined);
        if (percent < 0) {
            assertThat(figures.path("violationPercent").isNull()).isTrue();
        } else {
            assertThat(figures.path("violationPercent").asInt()).isEqualTo(percent);
        }
    }

    private static List<String> forms(JsonNode counts) {
        List<String> list = new ArrayList<>();
        counts.forEach(
                c -> list.add(c.path("form").asString() + "=" + c.path("count").asLong()));
        return list;
    }

    private long unit(long parent, String kind, String code, String name) {
        ApiClient.Response created = loggedIn("tochuc")
                .post(
                        "/api/v1/org-units",
                        "{\"parentId\":" + parent + ",\"kind\":\"" + kind + "\",\"code\":\"" + code + "\",\"name\":\""
                                + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private UUID arrive(long cell, String name) {
        ApiClient.Response response = loggedIn("tochuc")
                .post(
                        "/api/v1/members",
                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell + ",\"fullName\":\"" + name
                                + "\",\"sex\":\"M\",\"birthDate\":\"1980-04-04\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                                + "\"admittedOn\":\"2015-05-19\",\"ceremonyDate\":\"2015-05-29\","
                                + "\"officialOn\":\"2016-05-29\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private static String open(
            ApiClient client, long commission, String type, String kind, Long subjectUnit, UUID subjectMember) {
        String subject = subjectUnit != null
                ? ",\"subjectUnitId\":" + subjectUnit
                : ",\"subjectMemberId\":\"" + subjectMember + "\"";
        ApiClient.Response opened = client.post(
                "/api/v1/inspection-cases",
                "{\"commissionUnitId\":" + commission + ",\"type\":\"" + type + "\",\"subjectKind\":\"" + kind + "\""
                        + subject + ",\"title\":\"Hồ sơ báo cáo tổng hợp\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().path("id").asString();
    }

    private static void decide(ApiClient client, String caseId, String on) {
        step(client, caseId, "DECISION", on, 0, "");
    }

    /** Records the remaining steps on the day of the conclusion. */
    private static void conclude(ApiClient client, String caseId, String on, boolean violation) {
        String[] steps = {"NOTIFICATION", "SELF_REPORT", "VERIFICATION", "DRAFT_CONCLUSION"};
        for (int i = 0; i < steps.length; i++) {
            step(client, caseId, steps[i], on, i + 1, "");
        }
        step(
                client,
                caseId,
                "CONCLUSION",
                on,
                5,
                violation
                        ? ",\"violationFound\":true,\"categories\":[\"PERSONNEL_WORK\"],\"conclusion\":\"Có vi phạm\""
                        : ",\"violationFound\":false,\"conclusion\":\"Không vi phạm\"");
    }

    private static void step(ApiClient client, String caseId, String step, String on, long version, String extra) {
        ApiClient.Response response = client.post(
                "/api/v1/inspection-cases/" + caseId + "/steps",
                "{\"step\":\"" + step + "\",\"doneOn\":\"" + on + "\",\"version\":" + version + extra + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static void organisationDiscipline(
            ApiClient client, long commission, long subject, String form, String decidedOn) {
        ApiClient.Response decided = client.post(
                "/api/v1/discipline-decisions",
                "{\"commissionUnitId\":" + commission + ",\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":"
                        + subject + ",\"form\":\"" + form + "\",\"authority\":\"STANDING_COMMITTEE\","
                        + "\"decidingBody\":\"Ban Thường vụ\",\"decisionNumber\":\"3-QĐ/ĐU\",\"decidedOn\":\""
                        + decidedOn + "\",\"reason\":\"Vi phạm\","
                        + "\"violations\":[{\"violatedOn\":\"2025-08-01\",\"category\":\"ORGANISATIONAL_PRINCIPLES\"}]}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    private static String memberDiscipline(
            ApiClient client, long commission, UUID member, String form, String decidedOn) {
        ApiClient.Response decided = client.post(
                "/api/v1/discipline-decisions",
                InspectionScenarios.discipline(commission, null, member, form, decidedOn, "2025-06-01", null));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        return decided.json().path("id").asString();
    }

    private static String appeal(ApiClient client, String decision, String filedOn) {
        ApiClient.Response appealed = client.post(
                "/api/v1/discipline-decisions/" + decision + "/appeals", InspectionScenarios.appeal(filedOn, 1));
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(201);
        return appealed.json().path("appeals").get(0).path("id").asString();
    }

    private long audits(String action, long unit) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", String.valueOf(unit))
                .query(Long.class)
                .single();
    }

    private static List<List<String>> cells(byte[] xlsx) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : Sheets.rows(xlsx)) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
                cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
            }
            rows.add(cells);
        }
        return rows;
    }
}

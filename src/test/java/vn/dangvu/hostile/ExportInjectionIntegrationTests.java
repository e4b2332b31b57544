package vn.dangvu.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Spreadsheet formula injection (issue 10 point 3): text typed by users — an organisation's name, a member's name and
 * occupation, a rejected import row — that starts with {@code =}, {@code +}, {@code -} or {@code @} reaches every Excel
 * export as a text cell, never as a formula: the workbooks hold no {@code <f>} element at all, and the text is kept
 * as typed. (The exports write every value as a string or a number cell; CSV, where the risk lies, is never exported.)
 */
class ExportInjectionIntegrationTests extends PlatformTestBase {

    private static final String UNIT = "@SUM(A1) Chi bộ Thử nghiệm";
    private static final String NAME = "=1+2 Nguyễn Văn Công";
    private static final String OCCUPATION = "+cmd|' /C calc'!A0";
    private static final String REJECTED = "-2+3 Lê Thị Lỗi";

    @Test
    void userTextReachesEveryExcelExportAsTextNeverAsAFormula() throws IOException {
        ApiClient tochuc = loggedIn("tochuc");
        ApiClient bantochuc = loggedIn("bantochuc");
        long parent = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        String code = "INJ." + System.nanoTime() % 100_000;
        ApiClient.Response created = tochuc.post(
                "/api/v1/org-units",
                "{\"parentId\":" + parent + ",\"kind\":\"CELL\",\"code\":\"" + code + "\",\"name\":\"" + UNIT
                        + "\",\"decisionNumber\":\"125-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
                        + "\"issuer\":\"Ban Thường vụ Đảng ủy\",\"effectiveOn\":\"2026-02-25\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long cell = created.json().path("id").asLong();

        String header = "Họ và tên;Giới tính;Ngày sinh;Dân tộc;Số định danh cá nhân (CCCD);Mã chi bộ;"
                + "Điện thoại;Ngày quyết định kết nạp;Nghề nghiệp\n";
        String citizenId = "97" + String.format("%010d", System.nanoTime() % 10_000_000_000L);
        JsonNode written = upload(
                bantochuc,
                header + NAME + ";Nam;05/09/1985;Kinh;" + citizenId + ";" + code + ";0912345678;12/10/2010;"
                        + OCCUPATION + "\n");
        assertThat(written.path("state").asString()).as(written.toString()).isEqualTo("SUCCEEDED");
        JsonNode rejected = upload(
                bantochuc,
                header + REJECTED + ";Nữ;05/09/1985;Kinh;12345;" + code + ";0912345678;12/10/2010;" + OCCUPATION
                        + "\n");
        assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");

        Map<String, String> members = sheets(tochuc.download("/api/v1/members/export.xlsx?orgUnitId=" + cell));
        assertNoFormula(members, NAME);
        Map<String, String> report =
                sheets(tochuc.download("/api/v1/reports/MEMBERS.xlsx?orgUnitId=" + parent + "&date=2026-03-01"));
        assertNoFormula(report, UNIT);
        Map<String, String> importReport = sheets(bantochuc.download(
                "/api/v1/member-imports/" + rejected.path("id").asString() + "/report.xlsx"));
        assertNoFormula(importReport, null);
    }

    private JsonNode upload(ApiClient client, String csv) {
        ApiClient.Response response = client.multipart(
                "POST",
                "/api/v1/member-imports?mode=ALL_OR_NOTHING",
                "file",
                "dang-vien.csv",
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json();
    }

    private static void assertNoFormula(Map<String, String> parts, String text) {
        assertThat(parts).isNotEmpty();
        String all = unescape(String.join("\n", parts.values()));
        parts.forEach((name, xml) -> {
            if (name.startsWith("xl/worksheets/")) {
                assertThat(xml).as(name).doesNotContain("<f>", "<f ");
            }
        });
        if (text != null) {
            assertThat(all).as("the text kept as typed").contains(text);
        }
    }

    /** XML text as read: numeric character references and the five named entities resolved. */
    private static String unescape(String xml) {
        String text = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(xml)
                .replaceAll(m ->
                        java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        text = java.util.regex.Pattern.compile("&#([0-9]+);")
                .matcher(text)
                .replaceAll(m ->
                        java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        return text.replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Map<String, String> sheets(ApiClient.Download download) throws IOException {
        assertThat(download.status()).isEqualTo(200);
        // a ZipFile, not a ZipInputStream: streamed workbooks give their sizes after the data
        Path file = Files.createTempFile("export", ".xlsx");
        Map<String, String> parts = new LinkedHashMap<>();
        try {
            Files.write(file, download.bytes());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        parts.put(
                                entry.getName(),
                                new String(zip.getInputStream(entry).readAllBytes(), UTF_8));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return parts;
    }
}

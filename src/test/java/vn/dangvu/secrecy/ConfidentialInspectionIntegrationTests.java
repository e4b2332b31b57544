package vn.dangvu.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Confidential inspection files (issue 10 point 5; QĐ 296-QĐ/TW): a case opened by the inspection commission, its
 * title carrying a word found nowhere else, never reaches people without the inspection role — not through the
 * inspection endpoints, the document or member search, the committee's personal-data export, nor the statistics.
 */
class ConfidentialInspectionIntegrationTests extends PlatformTestBase {

    @Test
    void aConfidentialCaseAppearsNowhereForStaffWithoutTheInspectionRole() throws IOException {
        long commune = staffScopeRoot();
        ApiClient staff = loggedIn("tochuc");
        JsonNode statisticsBefore =
                staff.get("/api/v1/org-units/" + commune + "/statistics").json();
        String marker = "Mật" + UUID.randomUUID().toString().substring(0, 8);
        UUID subject = jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND m.status = 'OFFICIAL' ORDER BY m.id LIMIT 1""")
                .param("p", pathOf(commune) + "%")
                .query(UUID.class)
                .single();
        ApiClient.Response opened = loggedIn("kiemtra")
                .post(
                        "/api/v1/inspection-cases",
                        "{\"commissionUnitId\":" + commune + ",\"type\":\"INSPECTION_SIGNS_OF_VIOLATION\","
                                + "\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + subject + "\",\"title\":\""
                                + "Kiểm tra dấu hiệu vi phạm " + marker + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String query = URLEncoder.encode(marker, StandardCharsets.UTF_8);
        assertThat(loggedIn("kiemtra")
                        .get("/api/v1/inspection-cases?q=" + query)
                        .body())
                .as("the commission finds its case")
                .contains(marker);

        ApiClient.Response cases = staff.get("/api/v1/inspection-cases?size=500");
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.body()).as("the cases list, filtered in SQL").doesNotContain(marker);
        assertThat(staff.get("/api/v1/inspection-cases?q=" + query).body()).doesNotContain(marker);
        assertThat(staff.get("/api/v1/inspection-cases/"
                                + opened.json().path("id").asString())
                        .status())
                .isEqualTo(404);
        assertThat(staff.get("/api/v1/documents?q=" + query).body()).doesNotContain(marker);
        assertThat(staff.get("/api/v1/members?q=" + query).json().path("content"))
                .isEmpty();
        ApiClient.Download archive = staff.download("/api/v1/org-units/" + commune + "/personal-data.zip");
        assertThat(archive.status()).isEqualTo(200);
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(archive.bytes()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getName()).doesNotStartWith("inspection.case");
                assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                        .as(entry.getName())
                        .doesNotContain(marker);
            }
        }
        assertThat(staff.get("/api/v1/org-units/" + commune + "/statistics").json())
                .as("the statistics tell nothing of the case")
                .isEqualTo(statisticsBefore);
        assertThat(staff.get("/api/v1/inspection-reports/summary?commissionUnitId=" + commune
                                + "&from=2026-01-01&to=2026-03-01")
                        .status())
                .isEqualTo(403);
    }
}

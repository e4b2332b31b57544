package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** The member's file: filing by content type, reading (audited), withdrawal that keeps the document. */
abstract class MemberDocumentScenarios extends PlatformTestBase {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aDocumentIsFiledReadAndWithdrawnButKept() {
        ApiClient bithu = loggedIn("bithu");
        UUID id = memberOfCell();
        String title = URLEncoder.encode("Phiếu đảng viên năm 2025", StandardCharsets.UTF_8);
        ApiClient.Response filed = bithu.multipart(
                "POST",
                "/api/v1/members/" + id + "/documents?kind=MEMBER_FORM&title=" + title,
                "file",
                "phieu-dang-vien.pdf",
                PDF);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode document = filed.json();
        assertThat(document.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.path("title").asString()).isEqualTo("Phiếu đảng viên năm 2025");
        String documentPath =
                "/api/v1/members/" + id + "/documents/" + document.path("id").asString();

        ApiClient.Response content = loggedIn("tochuc").get(documentPath);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).startsWith("%PDF-");
        assertThat(audited("member.document.read", id)).isPositive();

        ApiClient.Response withdrawn = bithu.post(documentPath + "/withdrawal", "{\"reason\":\"Nộp nhầm bản\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("withdrawnReason").asString()).isEqualTo("Nộp nhầm bản");
        assertThat(bithu.post(documentPath + "/withdrawal", "{\"reason\":\"lần hai\"}")
                        .status())
                .isEqualTo(409);
        JsonNode list = bithu.get("/api/v1/members/" + id + "/documents").json();
        assertThat(list.findValuesAsString("id")).contains(document.path("id").asString());
    }

    @Test
    void aFileThatIsNotAPdfOrImageIsRefusedAndNothingIsFiled() {
        ApiClient bithu = loggedIn("bithu");
        UUID id = memberOfCell();
        long before = count(id);
        ApiClient.Response refused = bithu.multipart(
                "POST",
                "/api/v1/members/" + id + "/documents?kind=OTHER&title=x",
                "file",
                "script.pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("member.document.type");
        ApiClient.Response noTitle =
                bithu.multipart("POST", "/api/v1/members/" + id + "/documents?kind=OTHER&title=", "file", "a.pdf", PDF);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(count(id)).isEqualTo(before);
    }

    private UUID memberOfCell() {
        return jdbc.sql(
                        "SELECT id FROM member WHERE org_unit_id = :cell AND status = 'OFFICIAL' ORDER BY id DESC LIMIT 1")
                .param("cell", secretaryCell())
                .query(UUID.class)
                .single();
    }

    private long count(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM member_document WHERE member_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long audited(String action, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}

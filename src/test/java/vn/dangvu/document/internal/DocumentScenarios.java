package vn.dangvu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.document.Documents;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * The document library through the API: numbering per unit, type and term (REGULATIONS §11, HD 36-HD/VPTW 2018) under
 * concurrency, search ignoring diacritics over attachment text, what members see (confidential documents only through
 * named units), receipts, acknowledgements, bookmarks, the readers of a document, stale writes and refused files.
 * Each test issues its documents in a cell of its own, so that sequences do not depend on the other tests.
 */
abstract class DocumentScenarios extends PlatformTestBase {

    @Autowired
    Documents documents;

    @Test
    void numbersFollowTheSequenceOfTheUnitTypeAndTermAndConcurrentPublicationsNeverShareOne() throws Exception {
        ApiClient vanphong = loggedIn("vanphong");
        long unit = cell(0);
        long kh1 = draft(vanphong, unit, "KH", "PUBLIC", "Kế hoạch học tập nghị quyết", city(), "");
        JsonNode preview = vanphong.get("/api/v1/documents/next-number?unitId=" + unit + "&type=KH&issuer=ĐU")
                .json();
        assertThat(preview.path("number").asInt()).isEqualTo(1);
        assertThat(preview.path("symbol").asString()).isEqualTo("01-KH/ĐU");
        assertThat(publish(vanphong, kh1).path("number").asString()).isEqualTo("01-KH/ĐU");

        long secret = draft(vanphong, unit, "KH", "CONFIDENTIAL", "Kế hoạch mật", unitScope(unit), "");
        long nq = draft(vanphong, unit, "NQ", "PUBLIC", "Nghị quyết chi bộ", city(), "");
        assertThat(publish(vanphong, secret).path("number").asString())
                .as("secret documents share their type's sequence")
                .isEqualTo("02-KH/ĐU");
        assertThat(publish(vanphong, nq).path("number").asString()).isEqualTo("01-NQ/ĐU");

        long congressReport = draft(vanphong, unit, "BC", "PUBLIC", "Báo cáo chính trị", city(), ",\"congress\":true");
        long congressResolution =
                draft(vanphong, unit, "NQ", "PUBLIC", "Nghị quyết đại hội", city(), ",\"congress\":true");
        assertThat(publish(vanphong, congressReport).path("number").asString()).isEqualTo("01-BC/ĐU");
        assertThat(publish(vanphong, congressResolution).path("number").asString())
                .as("congress documents share one sequence")
                .isEqualTo("02-NQ/ĐU");

        jdbc.sql("""
                        INSERT INTO org_term (org_unit_id, congress_number, starts_on, length_months, ends_on, recorded_at,
                                              recorded_by)
                        VALUES (:unit, 99, :starts, 60, :ends, :at, 'test')""")
                .param("unit", unit)
                .param("starts", LocalDate.of(2026, 1, 1))
                .param("ends", LocalDate.of(2031, 1, 1))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        long newTerm = draft(vanphong, unit, "KH", "PUBLIC", "Kế hoạch nhiệm kỳ mới", city(), "");
        assertThat(publish(vanphong, newTerm).path("number").asString())
                .as("a new term restarts at 01")
                .isEqualTo("01-KH/ĐU");

        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(draft(vanphong, unit, "KH", "PUBLIC", "Kế hoạch song song " + i, city(), ""));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> numbers = new ArrayList<>();
            for (long id : drafts) {
                ApiClient client = loggedIn("vanphong");
                Callable<String> task = () -> {
                    start.await();
                    ApiClient.Response r = client.post("/api/v1/documents/" + id + "/publication", "{\"version\":0}");
                    assertThat(r.status()).as(r.body()).isEqualTo(200);
                    return r.json().path("number").asString();
                };
                numbers.add(pool.submit(task));
            }
            start.countDown();
            List<String> issued = new ArrayList<>();
            for (Future<String> f : numbers) {
                issued.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(issued)
                    .containsExactlyInAnyOrder("02-KH/ĐU", "03-KH/ĐU", "04-KH/ĐU", "05-KH/ĐU", "06-KH/ĐU", "07-KH/ĐU");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIncomingDocumentKeepsItsNumberAndLinksShowBothWays() {
        ApiClient vanphong = loggedIn("vanphong");
        long unit = cell(1);
        ApiClient.Response mismatch = vanphong.post(
                "/api/v1/documents",
                body(unit, "CT", "PUBLIC", "Nghị quyết 57", city(), ",\"incomingNumber\":\"57-NQ/TW\"")
                        .replace("\"issuerCode\":\"ĐU\"", "\"issuerCode\":\"TW\""));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("document.number.mismatch");
        assertThat(mismatch.json().path("errors").get(0).path("field").asString())
                .isEqualTo("incomingNumber");

        long old = draft(vanphong, unit, "KH", "PUBLIC", "Kế hoạch cũ", city(), "");
        publish(vanphong, old);
        ApiClient.Response created = vanphong.post(
                "/api/v1/documents",
                body(
                                unit,
                                "NQ",
                                "PUBLIC",
                                "Nghị quyết về đột phá phát triển khoa học, công nghệ",
                                city(),
                                ",\"incomingNumber\":\"57-NQ/TW\",\"issuedOn\":\"2024-12-22\",\"links\":[{\"kind\":\"REPLACES\",\"targetId\":"
                                        + old + "}]")
                        .replace("\"issuerCode\":\"ĐU\"", "\"issuerCode\":\"TW\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("number").asString()).isEqualTo("57-NQ/TW");
        assertThat(created.json().path("incoming").asBoolean()).isTrue();
        JsonNode published = publish(vanphong, id);
        assertThat(published.path("number").asString()).isEqualTo("57-NQ/TW");
        assertThat(published.path("issuedOn").asString()).isEqualTo("2024-12-22");
        assertThat(published.path("links").get(0).path("documentId").asLong()).isEqualTo(old);
        JsonNode replaced = vanphong.get("/api/v1/documents/" + old).json();
        assertThat(replaced.path("linkedBy").get(0).path("documentId").asLong()).isEqualTo(id);
        assertThat(replaced.path("linkedBy").get(0).path("kind").asString()).isEqualTo("REPLACES");
        assertThat(vanphong.get("/api/v1/documents/next-number?unitId=" + unit + "&type=NQ")
                        .json()
                        .path("number")
                        .asInt())
                .as("an incoming number does not draw from the unit's sequence")
                .isEqualTo(1);
    }

    @Test
    void searchIgnoresDiacriticsAndFindsTheAttachmentsText() {
        ApiClient vanphong = loggedIn("vanphong");
        long unit = cell(2);
        String word = "Thủy lợi Sóc Sơn " + Long.toString(System.nanoTime(), 36);
        long id = draft(vanphong, unit, "CV", "PUBLIC", "Công văn về phòng chống lụt bão", city(), "");
        ApiClient.Response attached = vanphong.multipart(
                "POST",
                "/api/v1/documents/" + id + "/attachments",
                "file",
                "cong-van.pdf",
                DocumentFiles.pdf("Đề nghị các chi bộ", "rà soát công trình " + word));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(attached.json().path("contentType").asString()).isEqualTo("application/pdf");
        ApiClient.Response docx = vanphong.multipart(
                "POST",
                "/api/v1/documents/" + id + "/attachments",
                "file",
                "phu-luc.docx",
                DocumentFiles.docx("Phụ lục: danh sách đê điều xung yếu"));
        assertThat(docx.status()).as(docx.body()).isEqualTo(201);
        publish(vanphong, id);

        String plain = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        JsonNode found = vanphong.get("/api/v1/documents?q=" + encode(plain)).json();
        assertThat(found.path("totalElements").asLong()).isEqualTo(1);
        assertThat(found.path("content").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(vanphong
                        .get("/api/v1/documents?q=" + encode("de dieu xung yeu") + "&type=CV")
                        .json()
                        .path("content")
                        .findValues("id")
                        .stream()
                        .map(JsonNode::asLong))
                .contains(id);
        assertThat(vanphong.get("/api/v1/documents?q=" + encode(plain) + "&type=NQ")
                        .json()
                        .path("totalElements")
                        .asLong())
                .isZero();

        long attachmentId = attached.json().path("id").asLong();
        ApiClient.Download download = vanphong.download("/api/v1/documents/" + id + "/attachments/" + attachmentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.bytes(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(audits("document.attachment.read", id)).isEqualTo(1);
    }

    @Test
    void membersSeeWhatReachesThemAndConfidentialDocumentsOnlyThroughNamedUnits() {
        ApiClient vanphong = loggedIn("vanphong");
        long issuing = cell(3);
        long memberCell = secretaryCell();
        long commune = parentOf(memberCell);
        long city = draft(vanphong, issuing, "TB", "PUBLIC", "Thông báo toàn thành phố", city(), "");
        long subtree = draft(vanphong, issuing, "TB", "INTERNAL", "Thông báo cho đảng bộ", subtreeScope(commune), "");
        long secretSubtree =
                draft(vanphong, issuing, "TB", "CONFIDENTIAL", "Thông báo mật cho đảng bộ", subtreeScope(commune), "");
        long secretUnit =
                draft(vanphong, issuing, "TB", "CONFIDENTIAL", "Thông báo mật cho chi bộ", unitScope(memberCell), "");
        long otherUnit = draft(
                vanphong,
                issuing,
                "TB",
                "PUBLIC",
                "Thông báo cho chi bộ khác",
                unitScope(unitOutside(pathOf(commune), "CELL")),
                "");
        long draftOnly = draft(vanphong, issuing, "TB", "PUBLIC", "Dự thảo chưa ban hành", city(), "");
        for (long id : List.of(city, subtree, secretSubtree, secretUnit, otherUnit)) {
            publish(vanphong, id);
        }

        ApiClient member = loggedIn(plainMemberLogin());
        Actor actor = memberActor();
        long unreadBefore = documents.unreadCount(actor);
        assertThat(member.get("/api/v1/documents/" + city).status()).isEqualTo(200);
        assertThat(member.get("/api/v1/documents/" + subtree).status()).isEqualTo(200);
        assertThat(member.get("/api/v1/documents/" + secretSubtree).code()).isEqualTo("document.not-found");
        assertThat(member.get("/api/v1/documents/" + otherUnit).status()).isEqualTo(404);
        assertThat(member.get("/api/v1/documents/" + draftOnly).status()).isEqualTo(404);
        assertThat(documents.unreadCount(actor)).isEqualTo(unreadBefore - 2);

        JsonNode unread = member.get("/api/v1/documents?unread=true&size=500").json();
        List<Long> unreadIds = unread.path("content").findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
        assertThat(unreadIds).contains(secretUnit).doesNotContain(city, subtree, secretSubtree, otherUnit, draftOnly);
        JsonNode opened = member.get("/api/v1/documents/" + secretUnit).json();
        assertThat(opened.path("readAt").isNull()).isFalse();
        assertThat(opened.path("manageable").asBoolean()).isFalse();
        assertThat(documents.recentFor(actor, 50).stream().map(d -> d.id()))
                .contains(city, subtree, secretUnit)
                .doesNotContain(secretSubtree, otherUnit, draftOnly);

        ApiClient.Response ack = member.post("/api/v1/documents/" + secretUnit + "/acknowledgement", "{}");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().path("acknowledgedAt").isNull()).isFalse();
        assertThat(member.post("/api/v1/documents/" + secretSubtree + "/acknowledgement", "{}")
                        .status())
                .isEqualTo(404);

        assertThat(member.method("PUT", "/api/v1/documents/" + city + "/bookmark", null, "")
                        .status())
                .isEqualTo(204);
        JsonNode marked =
                member.get("/api/v1/documents?bookmarked=true&size=500").json();
        // other scenarios (the handbook's) may have bookmarked demo documents for the same member
        assertThat(marked.path("content").findValues("id").stream().map(JsonNode::asLong))
                .contains(city);
        marked.path("content")
                .forEach(row -> assertThat(row.path("bookmarked").asBoolean()).isTrue());
        assertThat(member.method("DELETE", "/api/v1/documents/" + city + "/bookmark", null, "")
                        .status())
                .isEqualTo(204);
        assertThat(
                        member
                                .get("/api/v1/documents?bookmarked=true&size=500")
                                .json()
                                .path("content")
                                .findValues("id")
                                .stream()
                                .map(JsonNode::asLong))
                .doesNotContain(city);

        ApiClient bithu = loggedIn("bithu");
        JsonNode readers = bithu.get("/api/v1/documents/" + secretUnit + "/readers?size=500")
                .json();
        long active = activeMembers(memberCell);
        assertThat(readers.path("total").asLong()).isEqualTo(active);
        assertThat(readers.path("acknowledged").asLong()).isEqualTo(1);
        assertThat(readers.path("unread").asLong() + readers.path("read").asLong() + 1)
                .isEqualTo(active);
        JsonNode notRead = bithu.get("/api/v1/documents/" + secretUnit + "/readers?state=UNREAD&size=500")
                .json();
        assertThat(notRead.path("members").path("totalElements").asLong())
                .isEqualTo(readers.path("unread").asLong());
        assertThat(notRead.path("members").path("content").findValues("state").stream()
                        .map(JsonNode::asString))
                .containsOnly("UNREAD");
        JsonNode cityReaders =
                bithu.get("/api/v1/documents/" + city + "/readers").json();
        assertThat(cityReaders.path("total").asLong())
                .as("the secretary counts their own cell only")
                .isEqualTo(active);
        assertThat(bithu.get("/api/v1/documents/" + otherUnit + "/readers").status())
                .isEqualTo(404);
    }

    @Test
    void staleWritesAndBadFilesChangeNothing() {
        ApiClient vanphong = loggedIn("vanphong");
        long unit = cell(4);
        long id = draft(vanphong, unit, "HD", "PUBLIC", "Hướng dẫn", city(), "");
        ApiClient.Response updated = vanphong.method(
                "PUT",
                "/api/v1/documents/" + id,
                "application/json",
                body(unit, "HD", "PUBLIC", "Hướng dẫn (sửa)", city(), ",\"version\":0"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isEqualTo(1);
        ApiClient.Response stale = vanphong.method(
                "PUT",
                "/api/v1/documents/" + id,
                "application/json",
                body(unit, "HD", "PUBLIC", "Hướng dẫn (sửa lần hai)", city(), ",\"version\":0"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");
        assertThat(vanphong.post("/api/v1/documents/" + id + "/publication", "{\"version\":0}")
                        .status())
                .isEqualTo(409);

        long attachments = attachments(id);
        ApiClient.Response text = vanphong.multipart(
                "POST",
                "/api/v1/documents/" + id + "/attachments",
                "file",
                "gia-mao.pdf",
                "chỉ là văn bản thường".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.code()).isEqualTo("document.attachment.type");
        assertThat(text.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(attachments(id)).isEqualTo(attachments);

        ApiClient.Response badIssuer = vanphong.post(
                "/api/v1/documents",
                body(unit, "HD", "PUBLIC", "x", city(), "").replace("\"issuerCode\":\"ĐU\"", "\"issuerCode\":\"tu\""));
        assertThat(badIssuer.status()).isEqualTo(400);
        assertThat(badIssuer.code()).isEqualTo("document.issuer.invalid");
        ApiClient.Response noTitle = vanphong.post("/api/v1/documents", body(unit, "HD", "PUBLIC", "", city(), ""));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().path("errors").get(0).path("field").asString())
                .isEqualTo("title");

        ApiClient.Response badYear = vanphong.get("/api/v1/documents?year=1");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.contentType()).startsWith("application/problem+json");
        assertThat(vanphong.get("/api/v1/documents?type=XX").status()).isEqualTo(400);
        ApiClient.Response badRole = vanphong.post(
                "/api/v1/documents", body(unit, "HD", "PUBLIC", "Theo chức danh", "[{\"kind\":\"ROLE\"}]", ""));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.code()).isEqualTo("document.scope.role");

        long unscoped = draft(vanphong, unit, "HD", "PUBLIC", "Không nơi nhận", "[]", "");
        ApiClient.Response noScope = vanphong.post("/api/v1/documents/" + unscoped + "/publication", "{\"version\":0}");
        assertThat(noScope.status()).isEqualTo(422);
        assertThat(noScope.code()).isEqualTo("document.scope.empty");
        assertThat(vanphong.get("/api/v1/documents/" + unscoped)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");

        JsonNode published = publish(vanphong, id);
        ApiClient.Response again = vanphong.post(
                "/api/v1/documents/" + id + "/publication",
                "{\"version\":" + published.path("version").asLong() + "}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("document.published");
    }

    // helpers

    /** The n-th cell of the city with active members, for a test's own sequences. */
    /** A cell with no term recorded: other scenarios hold congresses, whose terms would restart its numbering. */
    private long cell(int n) {
        return jdbc.sql("""
                        SELECT u.id FROM org_unit u
                         WHERE u.kind = 'CELL' AND NOT EXISTS (SELECT 1 FROM org_term t WHERE t.org_unit_id = u.id)
                         ORDER BY u.id DESC LIMIT 1 OFFSET :n""")
                .param("n", n + 20 * (this instanceof DocumentIntegrationTests ? 0 : 1))
                .query(Long.class)
                .single();
    }

    private long activeMembers(long cell) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member WHERE org_unit_id = :cell
                           AND status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')""").param("cell", cell).query(Long.class).single();
    }

    private long attachments(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM document_attachment WHERE document_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long audits(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }

    private Actor memberActor() {
        String login = plainMemberLogin();
        java.util.UUID memberId = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", login)
                .query(java.util.UUID.class)
                .single();
        java.util.UUID accountId = jdbc.sql("SELECT id FROM account WHERE username = :u")
                .param("u", login)
                .query(java.util.UUID.class)
                .single();
        long cell = secretaryCell();
        return new Actor(accountId, login, memberId, cell, List.of(new RoleGrant(Role.MEMBER, cell, pathOf(cell))));
    }

    static String city() {
        return "[{\"kind\":\"CITY\"}]";
    }

    static String unitScope(long unit) {
        return "[{\"kind\":\"UNIT\",\"orgUnitId\":" + unit + "}]";
    }

    static String subtreeScope(long unit) {
        return "[{\"kind\":\"SUBTREE\",\"orgUnitId\":" + unit + "}]";
    }

    static String body(long unit, String type, String level, String title, String scope, @Nullable String extra) {
        return "{\"orgUnitId\":" + unit + ",\"type\":\"" + type + "\",\"issuerCode\":\"ĐU\",\"title\":"
                + ApiClient.quote(title) + ",\"confidentiality\":\"" + level + "\",\"scope\":" + scope
                + (extra == null ? "" : extra) + "}";
    }

    static long draft(
            ApiClient client, long unit, String type, String level, String title, String scope, String extra) {
        ApiClient.Response r = client.post("/api/v1/documents", body(unit, type, level, title, scope, extra));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    static JsonNode publish(ApiClient client, long id) {
        long version =
                client.get("/api/v1/documents/" + id).json().path("version").asLong();
        ApiClient.Response r = client.post("/api/v1/documents/" + id + "/publication", "{\"version\":" + version + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

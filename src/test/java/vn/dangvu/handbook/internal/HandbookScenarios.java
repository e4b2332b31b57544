package vn.dangvu.handbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PdfText;
import vn.dangvu.support.PlatformTestBase;

/**
 * The member's handbook through the API: the card of QĐ 339-QĐ/TW §2.4 with its check-in QR, feedback to the
 * committee answered by the secretary (the member is notified), notifications read one by one or all at once, and
 * the limits: a member reaches only their own rows, staff only feedback from cells in their scope.
 */
abstract class HandbookScenarios extends PlatformTestBase {

    @Test
    void theCardShowsTheHandbookSummaryAndTheCheckInCode() {
        String login = plainMemberLogin();
        JsonNode card = loggedIn(login).get("/api/v1/handbook/card").json();
        JsonNode member = card.path("member");
        assertThat(member.path("fullName").asString()).isNotBlank();
        assertThat(member.path("birthDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(member.path("cellId").asLong()).isEqualTo(secretaryCell());
        assertThat(member.path("cellName").asString()).isNotBlank();
        assertThat(member.path("status").asString()).isEqualTo("OFFICIAL");
        String cardNumber = member.path("cardNumber").asString();
        assertThat(card.path("qrPayload").asString()).isEqualTo("DANGVU-CARD:" + cardNumber);
        assertThat(member.path("citizenIdMasked").asString())
                .satisfiesAnyOf(
                        masked -> assertThat(masked).isEmpty(),
                        masked -> assertThat(masked).startsWith("********"));
    }

    @Test
    void theStartScreenIsOneCallWithTheCardAndTheUnreadCount() {
        ApiClient member = loggedIn(plainMemberLogin());
        JsonNode home = member.get("/api/v1/handbook/home").json();
        assertThat(home.path("card"))
                .isEqualTo(member.get("/api/v1/handbook/card").json());
        assertThat(home.path("unreadNotifications").asLong())
                .isEqualTo(member.get("/api/v1/handbook/notifications")
                        .json()
                        .path("unread")
                        .asLong());
        assertThat(home.path("unreadDocuments").asLong())
                .isEqualTo(member.get("/api/v1/documents?unread=true&size=1")
                        .json()
                        .path("totalElements")
                        .asLong());
        JsonNode upcoming = member.get("/api/v1/meetings/mine").json();
        if (upcoming.isEmpty()) {
            assertThat(home.path("nextMeeting").isNull()).isTrue();
        } else {
            assertThat(home.path("nextMeeting")).isEqualTo(upcoming.get(0));
        }
    }

    @Test
    void staffHaveNoCard() {
        ApiClient.Response response = loggedIn("tochuc").get("/api/v1/handbook/card");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void feedbackIsAnsweredByTheSecretaryAndTheMemberIsNotified() {
        ApiClient member = loggedIn(plainMemberLogin());
        ApiClient bithu = loggedIn("bithu");
        long unreadBefore = member.get("/api/v1/handbook/notifications")
                .json()
                .path("unread")
                .asLong();

        ApiClient.Response sent = member.post(
                "/api/v1/handbook/feedback",
                "{\"kind\":\"QUESTION\",\"subject\":\"Lịch sinh hoạt tháng tới\","
                        + "\"body\":\"Xin hỏi chi bộ sinh hoạt vào ngày nào?\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.json().path("id").asString();
        assertThat(sent.json().path("state").asString()).isEqualTo("OPEN");
        assertThat(sent.json().path("orgUnitId").asLong()).isEqualTo(secretaryCell());

        JsonNode open = bithu.get("/api/v1/feedback?state=OPEN&size=500").json();
        JsonNode row = find(open.path("content"), id);
        assertThat(row).as("the secretary sees the question").isNotNull();
        long version = row.path("version").asLong();

        ApiClient.Response answered = bithu.post(
                "/api/v1/feedback/" + id + "/answer",
                "{\"answer\":\"Chi bộ sinh hoạt ngày 04 hằng tháng.\",\"version\":" + version + "}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().path("answeredBy").asString()).isEqualTo("bithu");

        ApiClient.Response stale = bithu.post(
                "/api/v1/feedback/" + id + "/answer", "{\"answer\":\"Trả lời khác\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");

        JsonNode mine = find(member.get("/api/v1/handbook/feedback").json(), id);
        assertThat(mine.path("answer").asString()).isEqualTo("Chi bộ sinh hoạt ngày 04 hằng tháng.");
        JsonNode notifications =
                member.get("/api/v1/handbook/notifications?size=500").json();
        assertThat(notifications.path("unread").asLong()).isEqualTo(unreadBefore + 1);
        JsonNode told = null;
        for (JsonNode notice : notifications.path("page").path("content")) {
            if (notice.path("title").asString().equals("Đã có trả lời: Lịch sinh hoạt tháng tới")) {
                told = notice;
            }
        }
        assertThat(told).as("the member is told of the answer").isNotNull();
        assertThat(told.path("kind").asString()).isEqualTo("feedback.answered");
        assertThat(told.path("body").asString()).isEqualTo("Chi bộ sinh hoạt ngày 04 hằng tháng.");
        assertThat(told.path("link").asString()).isEqualTo("/handbook/feedback");
    }

    @Test
    void aMemberDownloadsACopyOfEverythingHeldAboutThemAsDataAndAsPdf() {
        String login = plainMemberLogin();
        ApiClient member = loggedIn(login);
        JsonNode card = member.get("/api/v1/handbook/card").json().path("member");
        String marker = "BanSao-" + UUID.randomUUID().toString().substring(0, 8);
        member.post(
                "/api/v1/handbook/feedback",
                "{\"kind\":\"OPINION\",\"subject\":\"Dữ liệu cá nhân\",\"body\":\"" + marker + "\"}");
        long auditedBefore = exportsAudited(card.path("id").asString());

        JsonNode data = member.get("/api/v1/handbook/my-data").json();
        assertThat(data.path("memberId").asString()).isEqualTo(card.path("id").asString());
        List<String> keys = new ArrayList<>();
        data.path("sections").forEach(section -> keys.add(section.path("key").asString()));
        assertThat(keys)
                .as("the record first, then the account, then the modules by name")
                .startsWith("member.record", "member.events", "member.changes", "member.documents")
                .contains("security.account", "meeting.invitations", "duty.fees", "handbook.feedback");
        JsonNode record = data.path("sections").get(0).path("records");
        assertThat(record).hasSize(1);
        assertThat(record.get(0).path("full_name").asString())
                .isEqualTo(card.path("fullName").asString());
        assertThat(record.get(0).path("status").asString()).isEqualTo("OFFICIAL");
        assertThat(record.get(0).path("citizen_id").asString())
                .as("their own citizen ID, unmasked")
                .doesNotContain("*");
        assertThat(section(data, "security.account")
                        .path("records")
                        .get(0)
                        .path("username")
                        .asString())
                .isEqualTo(login);
        assertThat(section(data, "handbook.feedback").path("records").findValuesAsString("body"))
                .contains(marker);
        assertThat(section(data, "security.account").path("fields").findValuesAsString("key"))
                .doesNotContain("password_hash", "totp_secret");

        ApiClient.Download pdf = member.download("/api/v1/handbook/my-data.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = PdfText.of(pdf.bytes()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("DỮ LIỆU CÁ NHÂN CỦA ĐẢNG VIÊN", card.path("fullName").asString(), marker)
                .contains("Trạng thái: Chính thức", "Dân tộc: Kinh")
                .contains("Nghị định 13/2023/NĐ-CP");
        assertThat(exportsAudited(card.path("id").asString())).isEqualTo(auditedBefore + 2);
        assertThat(loggedIn("tochuc").get("/api/v1/handbook/my-data").status())
                .as("staff have no record of their own here")
                .isEqualTo(403);
    }

    private static JsonNode section(JsonNode data, String key) {
        for (JsonNode section : data.path("sections")) {
            if (section.path("key").asString().equals(key)) {
                return section;
            }
        }
        throw new AssertionError("no section " + key);
    }

    private long exportsAudited(String memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'handbook.my-data.export' AND entity_id = :id")
                .param("id", memberId)
                .query(Long.class)
                .single();
    }

    @Test
    void invalidFeedbackNamesTheFieldsAndWritesNothing() {
        ApiClient member = loggedIn(plainMemberLogin());
        int before = member.get("/api/v1/handbook/feedback").json().size();
        ApiClient.Response response =
                member.post("/api/v1/handbook/feedback", "{\"kind\":\"QUESTION\",\"subject\":\" \",\"body\":\"\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("subject", "body");
        assertThat(member.get("/api/v1/handbook/feedback").json().size()).isEqualTo(before);
    }

    @Test
    void notificationsAreReadOneByOneOrAllAtOnceAndOnlyByTheirMember() {
        ApiClient member = loggedIn(plainMemberLogin());
        UUID me = UUID.fromString(
                member.get("/api/v1/me").json().path("member").path("id").asString());
        UUID mine = notify(me, "Mời họp chi bộ");
        notify(me, "Tài liệu mới");
        UUID someoneElses = notify(memberOutside(secretaryCell()), "Không phải của bạn");

        assertThat(member.post("/api/v1/handbook/notifications/" + someoneElses + "/read", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(member.post("/api/v1/handbook/notifications/" + mine + "/read", "{}")
                        .status())
                .isEqualTo(204);
        JsonNode page = member.get("/api/v1/handbook/notifications?size=500").json();
        assertThat(find(page.path("page").path("content"), mine.toString())
                        .path("readAt")
                        .isNull())
                .isFalse();
        assertThat(page.path("page").path("content").findValuesAsString("id")).doesNotContain(someoneElses.toString());
        assertThat(page.path("unread").asLong()).isPositive();

        assertThat(member.post("/api/v1/handbook/notifications/read-all", "{}").status())
                .isEqualTo(204);
        assertThat(member.get("/api/v1/handbook/notifications")
                        .json()
                        .path("unread")
                        .asLong())
                .isZero();
    }

    @Test
    void staffSeeAndAnswerFeedbackFromTheirScopeOnly() {
        long outsideCell = unitOutside(pathOf(staffScopeRoot()), "CELL");
        UUID outsider = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO handbook_feedback (id, member_id, member_name, org_unit_id, kind, subject, body,
                                                       created_at, state, version)
                        VALUES (:id, :member, 'Người Ngoài', :unit, 'OPINION', 'Ngoài phạm vi', 'Nội dung',
                                :now, 'OPEN', 0)
                        """)
                .param("id", outsider)
                .param("member", memberOutside(secretaryCell()))
                .param("unit", outsideCell)
                .param("now", Timestamp.from(Instant.parse("2026-02-01T00:00:00Z")))
                .update();
        ApiClient tochuc = loggedIn("tochuc");
        JsonNode list = tochuc.get("/api/v1/feedback?size=500").json();
        assertThat(list.path("content").findValuesAsString("id")).doesNotContain(outsider.toString());
        ApiClient.Response answer =
                tochuc.post("/api/v1/feedback/" + outsider + "/answer", "{\"answer\":\"Trả lời\",\"version\":0}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("handbook.feedback.not-found");
        assertThat(tochuc.get("/api/v1/feedback?orgUnitId=" + outsideCell).status())
                .isEqualTo(404);
    }

    private UUID notify(UUID memberId, String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO handbook_notification (id, member_id, kind, title, created_at)
                        VALUES (:id, :member, 'test.notice', :title, :now)
                        """)
                .param("id", id)
                .param("member", memberId)
                .param("title", title)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode row : rows) {
            if (row.path("id").asString().equals(id)) {
                return row;
            }
        }
        return null;
    }
}

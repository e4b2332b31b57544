package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.inspection.DenunciationManagement;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Party-internal denunciations through the API (REGULATIONS §10.6, QĐ 296-QĐ/TW ch. IV): the rule's exclusions recorded
 * as not handled and refused acceptance with the rule; the 90-working-day deadline and its one extension; the accused
 * neither leading the handling nor reading the file; a case opened on the accused that carries no denouncer. The
 * demo's inspection log-in ({@code kiemtra}) covers the demo commune.
 */
abstract class DenunciationScenarios extends PlatformTestBase {

    private static final String BASE = "/api/v1/denunciations";

    @Autowired
    WorkingDays workingDays;

    @Autowired
    DenunciationManagement management;

    @Test
    void aSignedDenunciationIsAcceptedExtendedOnceAndConcluded() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        UUID accused = memberOfCommune();
        JsonNode received = receive(
                kiemtra,
                commune,
                accused,
                "\"denouncerName\":\"Nguyễn Văn Tố\","
                        + "\"denouncerAddress\":\"Số 5 phố Hàng Bài, Hà Nội\",\"denouncerContact\":\"0912345678\"");
        String id = received.path("id").asString();
        assertThat(received.path("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.path("denouncerName").asString()).isEqualTo("Nguyễn Văn Tố");

        ApiClient.Response byAccused = kiemtra.post(
                BASE + "/" + id + "/acceptance",
                "{\"acceptedOn\":\"2026-02-02\",\"handlerMemberId\":\"" + accused + "\",\"version\":0}");
        assertThat(byAccused.status()).isEqualTo(422);
        assertThat(byAccused.code()).isEqualTo("denunciation.handler-accused");
        assertThat(byAccused.json().path("rule").asString()).isEqualTo(DenunciationPolicy.RULE);

        JsonNode accepted = ok(kiemtra.post(
                BASE + "/" + id + "/acceptance",
                "{\"acceptedOn\":\"2026-02-02\",\"handlerName\":\"Đồng chí Phó Chủ nhiệm UBKT\",\"version\":0}"));
        LocalDate due = workingDays.plusWorkingDays(LocalDate.parse("2026-02-02"), 90);
        assertThat(accepted.path("state").asString()).isEqualTo("HANDLING");
        assertThat(accepted.path("dueOn").asString()).isEqualTo(due.toString());
        assertThat(accepted.path("workingDaysLeft").asInt())
                .isEqualTo(workingDays.workingDaysBetween(LocalDate.parse("2026-03-01"), due));

        ApiClient.Response stale = kiemtra.post(
                BASE + "/" + id + "/extension",
                "{\"days\":20,\"reason\":\"Cần xác minh thêm\",\"noticeOn\":\"2026-02-20\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        ApiClient.Response tooLong = kiemtra.post(
                BASE + "/" + id + "/extension",
                "{\"days\":31,\"reason\":\"Cần xác minh thêm\",\"noticeOn\":\"2026-02-20\",\"version\":1}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("denunciation.extension-too-long");
        JsonNode extended = ok(kiemtra.post(
                BASE + "/" + id + "/extension",
                "{\"days\":20,\"reason\":\"Cần xác minh thêm\",\"noticeOn\":\"2026-02-20\",\"version\":1}"));
        assertThat(extended.path("dueOn").asString())
                .isEqualTo(workingDays.plusWorkingDays(due, 20).toString());
        ApiClient.Response again = kiemtra.post(
                BASE + "/" + id + "/extension",
                "{\"days\":5,\"reason\":\"Lần nữa\",\"noticeOn\":\"2026-02-21\",\"version\":2}");
        assertThat(again.code()).isEqualTo("denunciation.extended-already");

        JsonNode concluded = ok(kiemtra.post(
                BASE + "/" + id + "/conclusion",
                "{\"concludedOn\":\"2026-02-27\",\"finding\":\"PARTLY_FOUNDED\","
                        + "\"conclusion\":\"Tố cáo đúng một phần\",\"version\":2}"));
        assertThat(concluded.path("state").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.path("workingDaysLeft").isNull()).isTrue();
        assertThat(kiemtra.get(BASE + "?state=CONCLUDED&size=500").json().findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void anonymousFalseNameAndCollectiveDenunciationsAreRecordedButNotHandled() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        UUID accused = memberOfCommune();
        JsonNode anonymous = receive(kiemtra, commune, accused, "\"denouncerAddress\":\"Hà Nội\"");
        assertThat(anonymous.path("state").asString()).isEqualTo("NOT_HANDLED");
        assertThat(anonymous.path("notHandledReason").asString()).isEqualTo("ANONYMOUS");
        assertThat(anonymous.path("rule").asString()).isEqualTo(DenunciationPolicy.RULE);
        ApiClient.Response accept = kiemtra.post(
                BASE + "/" + anonymous.path("id").asString() + "/acceptance",
                "{\"acceptedOn\":\"2026-02-02\",\"version\":0}");
        assertThat(accept.status()).isEqualTo(422);
        assertThat(accept.code()).isEqualTo("denunciation.not-handled.anonymous");
        assertThat(accept.json().path("rule").asString()).isEqualTo(DenunciationPolicy.RULE);

        JsonNode collective = receive(
                kiemtra,
                commune,
                accused,
                "\"denouncerName\":\"Nhóm cán bộ hưu trí\",\"denouncerAddress\":\"Hà Nội\",\"signerCount\":12");
        assertThat(collective.path("notHandledReason").asString()).isEqualTo("COLLECTIVE");
        JsonNode falseName = receive(
                kiemtra,
                commune,
                accused,
                "\"denouncerName\":\"Trần Văn Giả\",\"denouncerAddress\":\"Hà Nội\",\"falseName\":true");
        assertThat(falseName.path("notHandledReason").asString()).isEqualTo("FALSE_NAME");

        JsonNode signed =
                receive(kiemtra, commune, accused, "\"denouncerName\":\"Lê Thị Thật\",\"denouncerAddress\":\"Hà Nội\"");
        String id = signed.path("id").asString();
        ApiClient.Response wrongReason = kiemtra.post(
                BASE + "/" + id + "/dismissal", "{\"reason\":\"ANONYMOUS\",\"on\":\"2026-02-10\",\"version\":0}");
        assertThat(wrongReason.code()).isEqualTo("denunciation.dismiss-reason");
        JsonNode dismissed = ok(kiemtra.post(
                BASE + "/" + id + "/dismissal", "{\"reason\":\"REPEATED\",\"on\":\"2026-02-10\",\"version\":0}"));
        assertThat(dismissed.path("state").asString()).isEqualTo("NOT_HANDLED");
        assertThat(dismissed.path("notHandledOn").asString()).isEqualTo("2026-02-10");

        ApiClient.Response invalid = kiemtra.post(
                BASE,
                "{\"commissionUnitId\":" + commune + ",\"receivedOn\":\"2026-02-01\",\"accusedKind\":\"MEMBER\","
                        + "\"signerCount\":0}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().findValuesAsString("field")).contains("channel", "content", "signerCount");
        ApiClient.Response future = kiemtra.post(
                BASE,
                "{\"commissionUnitId\":" + commune + ",\"receivedOn\":\"2026-03-05\",\"channel\":\"MAIL\","
                        + "\"accusedKind\":\"MEMBER\",\"accusedMemberId\":\"" + accused + "\",\"content\":\"X\"}");
        assertThat(future.code()).isEqualTo("inspection.date.future");
    }

    @Test
    void theAccusedNeverReadsTheFileAndTheCaseCarriesNoDenouncer() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        UUID accused = memberOfCommune();
        String id = receive(
                        kiemtra,
                        commune,
                        accused,
                        "\"denouncerName\":\"Phạm Văn Kín\",\"denouncerAddress\":\"Số 1 Tràng Tiền\"")
                .path("id")
                .asString();
        ok(kiemtra.post(BASE + "/" + id + "/acceptance", "{\"acceptedOn\":\"2026-02-03\",\"version\":0}"));
        ApiClient.Response opened = kiemtra.post(
                BASE + "/" + id + "/case",
                "{\"type\":\"INSPECTION_SIGNS_OF_VIOLATION\",\"title\":\"Kiểm tra khi có dấu hiệu vi phạm\","
                        + "\"version\":1}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String caseId = opened.json().path("caseId").asString();
        ApiClient.Response caseFile = kiemtra.get("/api/v1/inspection-cases/" + caseId);
        assertThat(caseFile.json().path("subjectMemberId").asString()).isEqualTo(accused.toString());
        assertThat(caseFile.body()).doesNotContain("Phạm Văn Kín", "Tràng Tiền");
        ApiClient.Response twice = kiemtra.post(
                BASE + "/" + id + "/case",
                "{\"type\":\"INSPECTION_SIGNS_OF_VIOLATION\",\"title\":\"Lần hai\",\"version\":2}");
        assertThat(twice.code()).isEqualTo("denunciation.case-exists");

        String path = pathOf(commune);
        Actor accusedInCommission = new Actor(
                UUID.randomUUID(), "accused", accused, null, List.of(new RoleGrant(Role.INSPECTION, commune, path)));
        assertThatThrownBy(() -> management.read(UUID.fromString(id), accusedInCommission))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("denunciation.not-found"));
        assertThat(
                        management
                                .list(null, null, new vn.dangvu.shared.Paging(0, 500), accusedInCommission)
                                .content()
                                .stream()
                                .map(d -> d.id().toString()))
                .doesNotContain(id);
        long reads = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'denunciation.read' AND entity_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(reads).isPositive();
    }

    private JsonNode receive(ApiClient client, long commune, UUID accused, String denouncer) {
        return ok(
                client.post(
                        BASE,
                        "{\"commissionUnitId\":" + commune + ",\"receivedOn\":\"2026-02-01\",\"channel\":\"MAIL\","
                                + denouncer + (denouncer.isEmpty() ? "" : ",")
                                + "\"accusedKind\":\"MEMBER\",\"accusedMemberId\":\"" + accused + "\","
                                + "\"content\":\"Tố cáo vi phạm quy định về những điều đảng viên không được làm\"}"),
                201);
    }

    private static JsonNode ok(ApiClient.Response response) {
        return ok(response, 200);
    }

    private static JsonNode ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    /** A member of a cell of the commune other than the demo secretary's. */
    private UUID memberOfCommune() {
        return jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND u.id <> :cell AND m.status = 'OFFICIAL' ORDER BY m.id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .param("cell", secretaryCell())
                .query(UUID.class)
                .single();
    }
}

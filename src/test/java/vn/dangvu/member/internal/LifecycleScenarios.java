package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * The member lifecycle through the API (REGULATIONS §3): the admission pipeline from candidate to official member,
 * transfers out and in with the receiver's confirmation, refused steps naming their rule, corrections that supersede,
 * annulments, stale versions, and the deadlines view. Dates lie before the test clock's day (01/03/2026), so no
 * scenario moves the clock.
 */
abstract class LifecycleScenarios extends PlatformTestBase {

    @Test
    void aCandidateGoesThroughAdmissionToOfficialMembership() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        List<UUID> officials = officialsOf(cell, 2);
        UUID id = register(bithu, cell, "Lê Thị Hồng Nhung", "2000-05-12", "2024-01-10");

        step(
                bithu,
                id,
                "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2024-01-15\",\"certificateNumber\":\"CN-1\"",
                201);
        step(
                bithu,
                id,
                "{\"kind\":\"SYMPATHISER_RECOGNISED\",\"effectiveDate\":\"2024-02-01\",\"helperMemberIds\":[\""
                        + officials.get(0) + "\"]",
                201);
        step(tochuc, id, "{\"kind\":\"VERIFICATION_STARTED\",\"effectiveDate\":\"2024-06-03\"", 201);
        step(
                bithu,
                id,
                "{\"kind\":\"ADMISSION_PROPOSED\",\"effectiveDate\":\"2024-09-03\",\"introducerMemberIds\":[\""
                        + officials.get(0) + "\",\"" + officials.get(1) + "\"]",
                201);
        JsonNode proposed = bithu.get("/api/v1/members/" + id + "/lifecycle").json();
        assertThat(proposed.path("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.path("deadline").asString()).isNotEmpty();
        step(
                tochuc,
                id,
                "{\"kind\":\"ADMISSION_DECIDED\",\"effectiveDate\":\"2024-10-01\",\"decisionNumber\":\"125-QĐ/ĐU\","
                        + "\"decisionDate\":\"2024-10-01\",\"decisionBody\":\"Đảng ủy phường\"",
                201);
        step(
                bithu,
                id,
                "{\"kind\":\"CEREMONY_HELD\",\"effectiveDate\":\"2024-10-21\",\"place\":\"Hội trường phường\"",
                201);
        JsonNode official = step(
                tochuc,
                id,
                "{\"kind\":\"OFFICIAL_RECOGNISED\",\"effectiveDate\":\"2025-11-03\","
                        + "\"decisionNumber\":\"310-QĐ/ĐU\",\"decisionDate\":\"2025-11-03\",\"decisionBody\":\"Đảng ủy phường\"",
                201);

        assertThat(official.path("effectiveDate").asString())
                .as("official from the end of probation")
                .isEqualTo("2025-10-21");
        JsonNode record = bithu.get("/api/v1/members/" + id).json();
        assertThat(record.path("status").asString()).isEqualTo("OFFICIAL");
        assertThat(record.path("admittedOn").asString()).isEqualTo("2024-10-01");
        assertThat(record.path("ceremonyDate").asString()).isEqualTo("2024-10-21");
        assertThat(record.path("officialOn").asString()).isEqualTo("2025-10-21");
        JsonNode events = bithu.get("/api/v1/members/" + id + "/events").json();
        assertThat(events.findValuesAsString("kind"))
                .containsExactly(
                        "CANDIDATE_REGISTERED",
                        "COURSE_COMPLETED",
                        "SYMPATHISER_RECOGNISED",
                        "VERIFICATION_STARTED",
                        "ADMISSION_PROPOSED",
                        "ADMISSION_DECIDED",
                        "CEREMONY_HELD",
                        "OFFICIAL_RECOGNISED");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'member.event.%' AND entity_id = '" + id
                        + "'"))
                .isEqualTo(7);
    }

    @Test
    void aRefusedStepNamesItsRuleAndChangesNothing() {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        UUID young = register(bithu, cell, "Phạm Minh Khôi", "2008-06-01", "2025-01-06");
        step(bithu, young, "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2025-01-07\"", 201);
        long events = count("SELECT COUNT(*) FROM member_event WHERE member_id = '" + young + "'");

        ApiClient.Response wrongOrder = post(
                bithu,
                young,
                "{\"kind\":\"ADMISSION_PROPOSED\",\"effectiveDate\":\"2025-02-03\",\"introducerMemberIds\":[]");
        assertThat(wrongOrder.status()).isEqualTo(422);
        assertThat(wrongOrder.code()).isEqualTo("member.lifecycle.step-not-allowed");
        assertThat(wrongOrder.json().path("rule").asString()).isNotEmpty();

        ApiClient.Response noHelper = post(
                bithu,
                young,
                "{\"kind\":\"SYMPATHISER_RECOGNISED\",\"effectiveDate\":\"2025-02-03\",\"helperMemberIds\":[\"" + young
                        + "\"]");
        assertThat(noHelper.status()).isEqualTo(422);
        assertThat(noHelper.code()).isEqualTo("member.lifecycle.helpers-official");
        assertThat(noHelper.json().path("rule").asString()).contains("Điều lệ Đảng");
        assertThat(noHelper.json().path("errors").get(0).path("field").asString())
                .isEqualTo("helperMemberIds");

        ApiClient.Response future =
                post(bithu, young, "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2026-03-02\"");
        assertThat(future.code()).isEqualTo("member.lifecycle.future");
        assertThat(count("SELECT COUNT(*) FROM member_event WHERE member_id = '" + young + "'"))
                .isEqualTo(events);
    }

    @Test
    void theAdmissionAgeIsCheckedInMonthsWhenTheCellProposes() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        List<UUID> officials = officialsOf(cell, 2);
        // 17 years and 11 months on the day of the cell's resolution
        UUID id = register(bithu, cell, "Vũ Thu Trang", "2007-03-15", "2024-06-03");
        step(bithu, id, "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2024-06-04\"", 201);
        step(
                bithu,
                id,
                "{\"kind\":\"SYMPATHISER_RECOGNISED\",\"effectiveDate\":\"2024-07-01\",\"helperMemberIds\":[\""
                        + officials.get(0) + "\"]",
                201);
        step(tochuc, id, "{\"kind\":\"VERIFICATION_STARTED\",\"effectiveDate\":\"2024-10-01\"", 201);
        String introducers = ",\"introducerMemberIds\":[\"" + officials.get(0) + "\",\"" + officials.get(1) + "\"]";

        ApiClient.Response early =
                post(bithu, id, "{\"kind\":\"ADMISSION_PROPOSED\",\"effectiveDate\":\"2025-03-14\"" + introducers);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("member.lifecycle.age-under");
        assertThat(early.json().path("detail").asString()).contains("17 tuổi 11 tháng");

        step(bithu, id, "{\"kind\":\"ADMISSION_PROPOSED\",\"effectiveDate\":\"2025-03-17\"" + introducers, 201);
    }

    @Test
    void aTransferIsCountedByTheSenderUntilTheReceiverConfirms() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        UUID id = officialsOf(cell, 3).get(2);
        long target = otherCellInside(cell);

        JsonNode out = step(
                tochuc,
                id,
                "{\"kind\":\"TRANSFER_OUT\",\"effectiveDate\":\"2026-01-05\",\"targetOrgUnitId\":" + target
                        + ",\"decisionNumber\":\"12-GGT\",\"decisionDate\":\"2026-01-02\",\"decisionBody\":\"Đảng ủy\"",
                201);
        assertThat(out.path("statusAfter").asString()).isEqualTo("IN_TRANSIT");
        assertThat(count("SELECT COUNT(*) FROM member WHERE id = '" + id + "' AND org_unit_id = " + cell))
                .as("still counted by the sending cell")
                .isEqualTo(1);
        JsonNode incoming = tochuc.get("/api/v1/transfers/incoming").json();
        assertThat(incoming.findValuesAsString("memberId")).contains(id.toString());
        JsonNode deadlines =
                tochuc.get("/api/v1/deadlines?kind=TRANSIT&limit=1000").json();
        assertThat(deadlines.path("items").findValuesAsString("memberId")).contains(id.toString());

        JsonNode in = step(tochuc, id, "{\"kind\":\"TRANSFER_RECEIVED\",\"effectiveDate\":\"2026-01-20\"", 201);
        assertThat(in.path("statusAfter").asString()).isEqualTo("OFFICIAL");
        assertThat(in.path("orgUnitId").asLong()).isEqualTo(target);
        assertThat(count("SELECT COUNT(*) FROM member WHERE id = '" + id + "' AND org_unit_id = " + target))
                .isEqualTo(1);
    }

    @Test
    void aCellSecretaryCannotRecordACommitteeDecision() {
        ApiClient bithu = loggedIn("bithu");
        UUID id = officialsOf(secretaryCell(), 4).get(3);
        ApiClient.Response response = post(
                bithu,
                id,
                "{\"kind\":\"EXPELLED\",\"effectiveDate\":\"2026-01-05\",\"decisionNumber\":\"1\","
                        + "\"decisionDate\":\"2026-01-05\",\"decisionBody\":\"UBKT\"");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("member.lifecycle.not-recorder");
    }

    @Test
    void correctionsSupersedeAndAnnulmentsRestore() {
        ApiClient bithu = loggedIn("bithu");
        UUID id = register(bithu, secretaryCell(), "Đỗ Quang Huy", "1995-02-02", "2025-05-05");
        JsonNode course = step(bithu, id, "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2025-05-06\"", 201);

        ApiClient.Response corrected = bithu.post(
                "/api/v1/members/" + id + "/events/" + course.path("id").asLong() + "/corrections",
                "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2025-05-08\",\"version\":" + version(bithu, id)
                        + "}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().path("supersedesId").asLong())
                .isEqualTo(course.path("id").asLong());
        JsonNode events = bithu.get("/api/v1/members/" + id + "/events").json();
        assertThat(events.findValuesAsString("kind"))
                .containsExactly("CANDIDATE_REGISTERED", "COURSE_COMPLETED", "COURSE_COMPLETED");
        assertThat(events.get(1).path("supersededBy").asLong())
                .isEqualTo(corrected.json().path("id").asLong());

        ApiClient.Response annulled = bithu.post(
                "/api/v1/members/" + id + "/events/"
                        + corrected.json().path("id").asLong() + "/annulment",
                "{\"reason\":\"Ghi nhầm hồ sơ\",\"version\":" + version(bithu, id) + "}");
        assertThat(annulled.status()).as(annulled.body()).isEqualTo(201);
        assertThat(count("SELECT COUNT(*) FROM member WHERE id = '" + id + "' AND course_certificate_on IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void aStaleVersionIs409() {
        ApiClient bithu = loggedIn("bithu");
        UUID id = register(bithu, secretaryCell(), "Hoàng Văn Tùng", "1990-08-08", "2025-06-02");
        long version = version(bithu, id);
        assertThat(bithu.post(
                                "/api/v1/members/" + id + "/events",
                                "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2025-06-03\",\"version\":" + version
                                        + "}")
                        .status())
                .isEqualTo(201);
        ApiClient.Response stale = bithu.post(
                "/api/v1/members/" + id + "/events",
                "{\"kind\":\"CANDIDACY_WITHDRAWN\",\"effectiveDate\":\"2025-06-04\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
    }

    private UUID register(ApiClient client, long cell, String name, String birth, String on) {
        ApiClient.Response response = client.post(
                "/api/v1/members",
                "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + cell
                        + ",\"fullName\":\"" + name + "\",\"sex\":\"F\",\"birthDate\":\"" + birth
                        + "\",\"ethnicity\":\"KINH\",\"effectiveDate\":\"" + on + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("status").asString()).isEqualTo("OUTSTANDING_MASS");
        return UUID.fromString(response.json().path("id").asString());
    }

    private JsonNode step(ApiClient client, UUID id, String bodyStart, int status) {
        ApiClient.Response response = post(client, id, bodyStart);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    private ApiClient.Response post(ApiClient client, UUID id, String bodyStart) {
        return client.post(
                "/api/v1/members/" + id + "/events", bodyStart + ",\"version\":" + version(client, id) + "}");
    }

    private long version(ApiClient client, UUID id) {
        return client.get("/api/v1/members/" + id + "/lifecycle")
                .json()
                .path("version")
                .asLong();
    }

    private List<UUID> officialsOf(long cell, int n) {
        return jdbc.sql("SELECT id FROM member WHERE org_unit_id = :cell AND status = 'OFFICIAL' ORDER BY id LIMIT :n")
                .param("cell", cell)
                .param("n", n)
                .query(UUID.class)
                .list();
    }

    private long otherCellInside(long cell) {
        return jdbc.sql(
                        "SELECT id FROM org_unit WHERE kind = 'CELL' AND id <> :cell AND path LIKE :p ORDER BY id LIMIT 1")
                .param("cell", cell)
                .param("p", pathOf(staffScopeRoot()) + "%")
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

package vn.dangvu.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Citizens' petitions through the API (REGULATIONS §13) on the test clock's 01/03/2026 with calendar-day deadlines
 * (the default setting): intake to reply with its history, denunciation extensions, guidance for the State's
 * competence, routing, duplicates, deadline flags, the ageing report and reception days, each scoped in SQL for a
 * petition clerk of one subtree. Every scenario creates its own petitions and counts deltas.
 */
abstract class PetitionScenarios extends PlatformTestBase {

    @Test
    void aComplaintGoesFromIntakeToReplyWithItsHistoryAudited() {
        ApiClient tiepdan = loggedIn("tiepdan");
        long unit = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");

        ApiClient.Response missing = tiepdan.post("/api/v1/petitions", "{\"receivedUnitId\":" + unit + "}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("petitionerName", "petitionerAddress", "channel", "subject", "content");
        ApiClient.Response badId =
                tiepdan.post("/api/v1/petitions", body(unit, "2026-02-27", "\"petitionerIdNo\":\"12ab\","));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(fields(badId)).containsExactly("petitionerIdNo");
        ApiClient.Response future = tiepdan.post("/api/v1/petitions", body(unit, "2026-03-02", ""));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("petition.date.future");

        UUID id = receive(tiepdan, unit, "2026-02-27");
        JsonNode received = tiepdan.get("/api/v1/petitions/" + id).json();
        assertThat(received.path("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.path("acceptDue").asString()).isEqualTo("2026-03-09");
        assertThat(received.path("petitionerIdNo").asString()).isEqualTo("001099012345");
        assertThat(received.path("rule").asString()).contains("Điều 27");
        assertThat(audits("petition.read", id)).isEqualTo(1);
        assertThat(audits("petition.receive", id)).isEqualTo(1);

        ApiClient.Response unclassified = tiepdan.post("/api/v1/petitions/" + id + "/acceptance", "{\"version\":0}");
        assertThat(unclassified.status()).isEqualTo(422);
        assertThat(unclassified.code()).isEqualTo("petition.accept.unclassified");
        classify(tiepdan, id, "COMPLAINT", "PARTY", 0, null);
        ApiClient.Response stale = tiepdan.post(
                "/api/v1/petitions/" + id + "/classification",
                "{\"kind\":\"FEEDBACK\",\"competence\":\"PARTY\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");

        JsonNode accepted = tiepdan.post(
                        "/api/v1/petitions/" + id + "/acceptance", "{\"onDay\":\"2026-02-28\",\"version\":1}")
                .json();
        assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("settleDue").asString())
                .as("30 days, Luật Khiếu nại 2011 Art. 28")
                .isEqualTo("2026-03-30");
        assertThat(accepted.path("deadline").asString()).isEqualTo("ON_TIME");
        assertThat(accepted.path("kind").asString()).isEqualTo("COMPLAINT");
        ApiClient.Response noExtension =
                tiepdan.post("/api/v1/petitions/" + id + "/extensions", "{\"text\":\"Phức tạp\",\"version\":2}");
        assertThat(noExtension.status()).isEqualTo(422);
        assertThat(noExtension.code()).isEqualTo("petition.extension.not-denunciation");

        ApiClient.Response file = tiepdan.multipart(
                "POST",
                "/api/v1/petitions/" + id + "/attachments?purpose=REPLY",
                "file",
                "tra-loi.txt",
                "Văn bản trả lời".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        UUID fileId = UUID.fromString(file.json().path("id").asString());
        assertThat(tiepdan.download("/api/v1/petitions/" + id + "/attachments/" + fileId)
                        .text())
                .isEqualTo("Văn bản trả lời");
        assertThat(audits("petition.attachment.read", id)).isEqualTo(1);

        JsonNode replied = tiepdan.post(
                        "/api/v1/petitions/" + id + "/reply",
                        "{\"text\":\"Đã xem xét và trả lời ông Trần Văn Dân.\",\"version\":2}")
                .json();
        assertThat(replied.path("state").asString()).isEqualTo("SETTLED");
        assertThat(replied.path("repliedOn").asString()).isEqualTo("2026-03-01");
        assertThat(replied.path("deadline").asString()).isEqualTo("NONE");
        List<String> steps = new ArrayList<>();
        replied.path("steps").forEach(s -> steps.add(s.path("action").asString()));
        assertThat(steps).containsExactly("RECEIVED", "CLASSIFIED", "ACCEPTED", "ATTACHED", "REPLIED");
        replied.path("steps").forEach(s -> assertThat(s.path("by").asString()).isEqualTo("tiepdan"));
        assertThat(replied.path("attachments")).hasSize(1);

        ApiClient.Response again =
                tiepdan.post("/api/v1/petitions/" + id + "/reply", "{\"text\":\"Lần hai\",\"version\":3}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("petition.state.invalid");
        assertThat(tiepdan.get("/api/v1/petitions/" + id).json().path("version").asLong())
                .isEqualTo(3);
    }

    @Test
    void aDenunciationIsExtendedTwiceWithReasonsAndNoMore() {
        ApiClient tiepdan = loggedIn("tiepdan");
        long unit = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        UUID id = receive(tiepdan, unit, "2026-02-20");
        classify(tiepdan, id, "DENUNCIATION", "PARTY", 0, null);
        JsonNode accepted = tiepdan.post(
                        "/api/v1/petitions/" + id + "/acceptance", "{\"onDay\":\"2026-02-25\",\"version\":1}")
                .json();
        assertThat(accepted.path("settleDue").asString()).isEqualTo("2026-03-27");
        assertThat(accepted.path("extensionsLeft").asInt()).isEqualTo(2);
        ApiClient.Response noReason = tiepdan.post("/api/v1/petitions/" + id + "/extensions", "{\"version\":2}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("text");
        JsonNode once = tiepdan.post(
                        "/api/v1/petitions/" + id + "/extensions", "{\"text\":\"Vụ việc phức tạp\",\"version\":2}")
                .json();
        assertThat(once.path("settleDue").asString()).isEqualTo("2026-04-26");
        JsonNode twice = tiepdan.post(
                        "/api/v1/petitions/" + id + "/extensions", "{\"text\":\"Đặc biệt phức tạp\",\"version\":3}")
                .json();
        assertThat(twice.path("settleDue").asString()).isEqualTo("2026-05-26");
        assertThat(twice.path("extensions").asInt()).isEqualTo(2);
        assertThat(twice.path("extensionsLeft").asInt()).isZero();
        ApiClient.Response third =
                tiepdan.post("/api/v1/petitions/" + id + "/extensions", "{\"text\":\"Nữa\",\"version\":4}");
        assertThat(third.status()).isEqualTo(422);
        assertThat(third.code()).isEqualTo("petition.extension.limit");
        JsonNode after = tiepdan.get("/api/v1/petitions/" + id).json();
        assertThat(after.path("version").asLong()).isEqualTo(4);
        List<String> reasons = new ArrayList<>();
        after.path("steps").forEach(s -> {
            if ("EXTENDED".equals(s.path("action").asString())) {
                reasons.add(s.path("detail").asString());
            }
        });
        assertThat(reasons).containsExactly("Vụ việc phức tạp", "Đặc biệt phức tạp");
    }

    @Test
    void aMatterOfTheStateIsNotAcceptedButClosedWithGuidance() {
        ApiClient tiepdan = loggedIn("tiepdan");
        long unit = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        UUID id = receive(tiepdan, unit, "2026-02-26");
        classify(tiepdan, id, "COMPLAINT", "STATE", 0, null);
        ApiClient.Response refused = tiepdan.post("/api/v1/petitions/" + id + "/acceptance", "{\"version\":1}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("petition.accept.state-competence");
        JsonNode guided = tiepdan.post(
                        "/api/v1/petitions/" + id + "/guidance",
                        "{\"text\":\"Đề nghị ông gửi đơn đến UBND phường.\",\"version\":1}")
                .json();
        assertThat(guided.path("state").asString()).isEqualTo("GUIDED");
        assertThat(guided.path("guidance").asString()).isEqualTo("Đề nghị ông gửi đơn đến UBND phường.");
        assertThat(guided.path("due").isNull()).isTrue();
    }

    @Test
    void aClerkOfOneSubtreeRoutesOutAndNeverSeesPetitionsOfOtherSubtrees() {
        String root = pathOf(staffScopeRoot());
        ApiClient clerk = scopedClerk();
        ApiClient tiepdan = loggedIn("tiepdan");
        long inside = unitInside(root, "GRASSROOTS_COMMITTEE");
        long outside = unitOutside(root, "CELL");

        ApiClient.Response foreignIntake = clerk.post("/api/v1/petitions", body(outside, "2026-02-27", ""));
        assertThat(foreignIntake.status()).isEqualTo(404);
        assertThat(foreignIntake.code()).isEqualTo("org.unit.not-found");
        UUID foreign = receive(tiepdan, outside, "2026-02-27");
        ApiClient.Response hidden = clerk.get("/api/v1/petitions/" + foreign);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("petition.not-found");
        assertThat(clerk.post(
                                "/api/v1/petitions/" + foreign + "/classification",
                                "{\"kind\":\"FEEDBACK\",\"competence\":\"PARTY\",\"version\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(ids(clerk.get("/api/v1/petitions?size=500").json())).doesNotContain(foreign.toString());
        assertThat(clerk.get("/api/v1/petitions?orgUnitId=" + outside).status()).isEqualTo(404);

        UUID own = receive(clerk, inside, "2026-02-25");
        classify(clerk, own, "DENUNCIATION", "PARTY", 0, null);
        JsonNode routed = clerk.post(
                        "/api/v1/petitions/" + own + "/routing",
                        "{\"targetUnitId\":" + outside + ",\"note\":\"Thuộc thẩm quyền đơn vị khác\",\"version\":1}")
                .json();
        assertThat(routed.path("state").asString()).isEqualTo("ROUTED");
        assertThat(routed.path("handlingUnitId").asLong()).isEqualTo(outside);
        assertThat(routed.path("acceptDue").asString())
                .as("restarts at the competent unit")
                .isEqualTo("2026-03-11");
        assertThat(ids(clerk.get("/api/v1/petitions?size=500").json()))
                .as("the receiving unit keeps sight of what it routed")
                .contains(own.toString());
        JsonNode there = tiepdan.post("/api/v1/petitions/" + own + "/acceptance", "{\"version\":2}")
                .json();
        assertThat(there.path("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aDuplicateIsLinkedToItsEarlierPetition() {
        ApiClient tiepdan = loggedIn("tiepdan");
        long unit = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        UUID first = receive(tiepdan, unit, "2026-01-15");
        UUID second = receive(tiepdan, unit, "2026-02-27");
        ApiClient.Response later = tiepdan.post(
                "/api/v1/petitions/" + first + "/classification",
                "{\"kind\":\"COMPLAINT\",\"competence\":\"PARTY\",\"duplicateOf\":\"" + second + "\",\"version\":0}");
        assertThat(later.status()).isEqualTo(422);
        assertThat(later.code()).isEqualTo("petition.duplicate.later");
        assertThat(fields(later)).containsExactly("duplicateOf");
        ApiClient.Response self = tiepdan.post(
                "/api/v1/petitions/" + first + "/classification",
                "{\"kind\":\"COMPLAINT\",\"competence\":\"PARTY\",\"duplicateOf\":\"" + first + "\",\"version\":0}");
        assertThat(self.code()).isEqualTo("petition.duplicate.self");
        classify(tiepdan, second, "COMPLAINT", "PARTY", 0, first);
        assertThat(tiepdan.get("/api/v1/petitions/" + second)
                        .json()
                        .path("duplicateOf")
                        .asString())
                .isEqualTo(first.toString());
        JsonNode earlier = tiepdan.get("/api/v1/petitions/" + first).json();
        assertThat(earlier.path("duplicates").get(0).asString()).isEqualTo(second.toString());
    }

    @Test
    void theInboxFlagsOverdueAndDueSoonDeadlines() {
        ApiClient tiepdan = loggedIn("tiepdan");
        long unit = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        UUID overdue = receive(tiepdan, unit, "2026-02-10");
        UUID soon = receive(tiepdan, unit, "2026-02-22");
        UUID onTime = receive(tiepdan, unit, "2026-03-01");
        JsonNode inbox = tiepdan.get("/api/v1/petitions?open=true&size=500&orgUnitId=" + unit)
                .json();
        assertThat(row(inbox, overdue).path("deadline").asString()).isEqualTo("OVERDUE");
        assertThat(row(inbox, overdue).path("due").asString()).isEqualTo("2026-02-20");
        assertThat(row(inbox, soon).path("deadline").asString()).isEqualTo("DUE_SOON");
        assertThat(row(inbox, onTime).path("deadline").asString()).isEqualTo("ON_TIME");
        List<String> overdueOnly = ids(tiepdan.get("/api/v1/petitions?overdue=true&size=500&orgUnitId=" + unit)
                .json());
        assertThat(overdueOnly).contains(overdue.toString()).doesNotContain(soon.toString(), onTime.toString());
        assertThat(audits("petition.list.read", unit)).isPositive();
    }

    @Test
    void theAgeingReportCountsOpenPetitionsByAgeBandPerUnit() {
        ApiClient tiepdan = loggedIn("tiepdan");
        long root = staffScopeRoot();
        long unit = unitInside(pathOf(root), "GRASSROOTS_COMMITTEE");
        JsonNode before = unitRow(
                tiepdan.get("/api/v1/petitions/ageing?orgUnitId=" + root).json(), unit);
        receive(tiepdan, unit, "2025-06-01");
        receive(tiepdan, unit, "2023-03-01");
        receive(tiepdan, unit, "2014-01-10");
        receive(tiepdan, unit, "2001-05-05");
        UUID closed = receive(tiepdan, unit, "2010-05-05");
        classify(tiepdan, closed, "PROPOSAL", "STATE", 0, null);
        tiepdan.post("/api/v1/petitions/" + closed + "/guidance", "{\"text\":\"Hướng dẫn\",\"version\":1}");

        JsonNode report =
                tiepdan.get("/api/v1/petitions/ageing?orgUnitId=" + root).json();
        assertThat(report.path("asOf").asString()).isEqualTo("2026-03-01");
        JsonNode after = unitRow(report, unit);
        assertThat(delta(after, before, "upToOne")).isEqualTo(1);
        assertThat(delta(after, before, "overOne"))
                .as("2023-03-01 is over 1 and not over 5 years")
                .isEqualTo(1);
        assertThat(delta(after, before, "overFive")).isZero();
        assertThat(delta(after, before, "overTen")).isEqualTo(1);
        assertThat(delta(after, before, "overTwenty")).isEqualTo(1);
        assertThat(delta(after, before, "open")).as("the guided one is closed").isEqualTo(4);

        ApiClient.Response foreign =
                scopedClerk().get("/api/v1/petitions/ageing?orgUnitId=" + unitOutside(pathOf(root), "CELL"));
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void receptionDaysAreRecordedAndListedPerUnitAndMonth() {
        ApiClient clerk = scopedClerk();
        long root = staffScopeRoot();
        long unit = unitInside(pathOf(root), "GRASSROOTS_COMMITTEE");
        int before = clerk.get("/api/v1/petitions/reception-days?orgUnitId=" + root + "&month=2026-02")
                .json()
                .size();
        ApiClient.Response recorded = clerk.post(
                "/api/v1/petitions/reception-days",
                "{\"orgUnitId\":" + unit + ",\"heldOn\":\"2026-02-15\",\"headName\":\"Nguyễn Văn Bí Thư\","
                        + "\"headTitle\":\"Bí thư Đảng ủy\",\"citizensReceived\":7}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().path("citizensReceived").asInt()).isEqualTo(7);
        JsonNode month = clerk.get("/api/v1/petitions/reception-days?orgUnitId=" + root + "&month=2026-02")
                .json();
        assertThat(month.size()).isEqualTo(before + 1);
        assertThat(clerk.get("/api/v1/petitions/reception-days?orgUnitId=" + root + "&month=2026-13")
                        .status())
                .isEqualTo(400);

        ApiClient.Response negative = clerk.post(
                "/api/v1/petitions/reception-days",
                "{\"orgUnitId\":" + unit + ",\"heldOn\":\"2026-02-15\",\"headName\":\"A\",\"citizensReceived\":-1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative)).containsExactly("citizensReceived");
        ApiClient.Response future = clerk.post(
                "/api/v1/petitions/reception-days",
                "{\"orgUnitId\":" + unit + ",\"heldOn\":\"2026-03-05\",\"headName\":\"A\",\"citizensReceived\":1}");
        assertThat(future.code()).isEqualTo("petition.date.future");
        ApiClient.Response unknownHead = clerk.post(
                "/api/v1/petitions/reception-days",
                "{\"orgUnitId\":" + unit + ",\"heldOn\":\"2026-02-15\",\"headName\":\"A\",\"headMemberId\":\""
                        + UUID.randomUUID() + "\",\"citizensReceived\":1}");
        assertThat(unknownHead.status()).isEqualTo(422);
        assertThat(fields(unknownHead)).containsExactly("headMemberId");
        assertThat(clerk.get("/api/v1/petitions/reception-days?orgUnitId=" + root + "&month=2026-02")
                        .json()
                        .size())
                .as("refusals record nothing")
                .isEqualTo(before + 1);
        ApiClient.Response foreign = clerk.post(
                "/api/v1/petitions/reception-days",
                "{\"orgUnitId\":" + unitOutside(pathOf(root), "CELL")
                        + ",\"heldOn\":\"2026-02-15\",\"headName\":\"A\",\"citizensReceived\":1}");
        assertThat(foreign.status()).isEqualTo(404);
    }

    /** A petition clerk whose scope is the demo organisation staff's subtree (the demo clerk's is the city). */
    ApiClient scopedClerk() {
        String username = "tiepdan-" + staffScopeRoot();
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            UUID account = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO account (id, username, display_name, password_hash, enabled,
                                   password_changed_at, created_at, updated_at)
                            SELECT :id, :u, 'Tiếp công dân cấp cơ sở', password_hash, TRUE, password_changed_at,
                                   created_at, updated_at FROM account WHERE username = 'tiepdan'""").param("id", account).param("u", username).update();
            jdbc.sql("""
                            INSERT INTO account_role (id, account_id, role, org_unit_id)
                            VALUES (:id, :account, 'PETITION_STAFF', :unit)""")
                    .param("id", UUID.randomUUID())
                    .param("account", account)
                    .param("unit", staffScopeRoot())
                    .update();
        }
        return loggedIn(username);
    }

    static String body(long unit, String receivedOn, String extra) {
        return "{\"receivedUnitId\":" + unit + ",\"petitionerName\":\"Trần Văn Dân\",\"petitionerAddress\":"
                + "\"Số 5 phố Hàng Bạc, Hà Nội\",\"petitionerPhone\":\"0912 345 678\"," + extra
                + "\"channel\":\"RECEPTION_DAY\",\"receivedOn\":\"" + receivedOn
                + "\",\"subject\":\"Khiếu nại việc xét kết nạp\",\"content\":\"Nội dung đơn khiếu nại.\"}";
    }

    static UUID receive(ApiClient client, long unit, String receivedOn) {
        ApiClient.Response response =
                client.post("/api/v1/petitions", body(unit, receivedOn, "\"petitionerIdNo\":\"001099012345\","));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    static void classify(ApiClient client, UUID id, String kind, String competence, long version, UUID duplicateOf) {
        ApiClient.Response response = client.post(
                "/api/v1/petitions/" + id + "/classification",
                "{\"kind\":\"" + kind + "\",\"competence\":\"" + competence + "\""
                        + (duplicateOf == null ? "" : ",\"duplicateOf\":\"" + duplicateOf + "\"") + ",\"version\":"
                        + version + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("content").forEach(r -> ids.add(r.path("id").asString()));
        return ids;
    }

    static JsonNode row(JsonNode page, UUID id) {
        for (JsonNode r : page.path("content")) {
            if (r.path("id").asString().equals(id.toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    static JsonNode unitRow(JsonNode report, long unit) {
        for (JsonNode r : report.path("units")) {
            if (r.path("unitId").asLong() == unit) {
                return r;
            }
        }
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    static long delta(JsonNode after, JsonNode before, String field) {
        return after.path(field).asLong() - before.path(field).asLong(0);
    }

    long audits(String action, Object id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}

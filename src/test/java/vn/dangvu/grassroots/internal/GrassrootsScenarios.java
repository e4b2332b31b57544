package vn.dangvu.grassroots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Committee members' grassroots work through the API (REGULATIONS §14, §13.1) on the test clock's 01/03/2026, over
 * February 2026: appointment and assigned units by the organisation staff, visits logged by the member themselves,
 * the compliance of the period with its flags, follow-up tasks, the heads' reception days read from the petition
 * module, and reminders. Every scenario appoints its own members and reads only their rows.
 */
abstract class GrassrootsScenarios extends PlatformTestBase {

    static final String FEBRUARY = "from=2026-02-01&to=2026-02-28";

    @Test
    void aCommitteeMemberLogsVisitsAndTheirComplianceFollows() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        long committee = parentOf(cell);
        UUID memberId = memberOfAccount(plainMemberLogin());

        ApiClient.Response missing = tochuc.post("/api/v1/grassroots-work/committee-members", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).as(missing.body()).contains("committeeUnitId", "memberId");
        JsonNode appointed = appoint(tochuc, committee, memberId, false);
        UUID id = UUID.fromString(appointed.path("id").asString());
        assertThat(appointed.path("fullName").asString()).isNotBlank();
        assertThat(audits("grassroots.committee-member.appoint", id)).isEqualTo(1);
        ApiClient.Response again = tochuc.post(
                "/api/v1/grassroots-work/committee-members",
                "{\"committeeUnitId\":" + committee + ",\"memberId\":\"" + memberId + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("grassroots.member.already-appointed");

        ApiClient.Response outside = tochuc.method(
                "PUT",
                "/api/v1/grassroots-work/committee-members/" + id + "/assignments",
                "application/json",
                "{\"unitIds\":[" + unitOutside(pathOf(committee), "CELL") + "],\"version\":0}");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.code()).isEqualTo("grassroots.unit.outside-committee");
        JsonNode assigned = tochuc.method(
                        "PUT",
                        "/api/v1/grassroots-work/committee-members/" + id + "/assignments",
                        "application/json",
                        "{\"unitIds\":[" + cell + "],\"version\":0}")
                .json();
        assertThat(assigned.path("assignedUnits").get(0).path("id").asLong()).isEqualTo(cell);
        assertThat(assigned.path("version").asLong()).isEqualTo(1);
        ApiClient.Response stale = tochuc.method(
                "PUT",
                "/api/v1/grassroots-work/committee-members/" + id + "/assignments",
                "application/json",
                "{\"unitIds\":[],\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");

        JsonNode before = row(tochuc, committee, id);
        assertThat(before.path("grassrootsDays").asDouble()).isZero();
        assertThat(before.path("underMinimum").asBoolean()).isTrue();
        assertThat(before.path("compliant").asBoolean()).isFalse();

        ApiClient member = loggedIn(plainMemberLogin());
        JsonNode mine =
                member.get("/api/v1/grassroots-work/committee-members/mine").json();
        assertThat(mine.findValuesAsString("id")).contains(id.toString());
        ApiClient.Response incomplete =
                member.post("/api/v1/grassroots-work/visits", "{\"committeeMemberId\":\"" + id + "\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).contains("orgUnitId", "visitedOn", "duration", "purpose");
        ApiClient.Response future = member.post(
                "/api/v1/grassroots-work/visits", visit(id, cell, "2026-03-02", "FULL_DAY", "INSPECTION", ""));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("grassroots.visit.future");
        ApiClient.Response foreignUnit = member.post(
                "/api/v1/grassroots-work/visits",
                visit(id, unitOutside(pathOf(committee), "CELL"), "2026-02-24", "FULL_DAY", "INSPECTION", ""));
        assertThat(foreignUnit.status()).isEqualTo(422);
        assertThat(foreignUnit.code()).isEqualTo("grassroots.unit.outside-committee");

        JsonNode logged = member.post(
                        "/api/v1/grassroots-work/visits",
                        visit(
                                id,
                                cell,
                                "2026-02-24",
                                "FULL_DAY",
                                "CELL_MEETING",
                                ",\"findings\":\"Chi bộ sinh hoạt đúng nội dung\",\"followUps\":[{\"text\":"
                                        + "\"Kiện toàn tổ đảng\",\"owner\":\"Bí thư chi bộ\",\"dueOn\":\"2026-03-31\"}]"))
                .json();
        assertThat(logged.path("assigned").asBoolean()).isTrue();
        assertThat(logged.path("followUps")).hasSize(1);
        assertThat(audits("grassroots.visit.log", logged.path("id").asString())).isEqualTo(1);
        assertThat(member.post(
                                "/api/v1/grassroots-work/visits",
                                visit(id, cell, "2026-02-24", "HALF_DAY", "WORKING_SESSION", ""))
                        .status())
                .isEqualTo(201);
        assertThat(member.post(
                                "/api/v1/grassroots-work/visits",
                                visit(id, cell, "2026-02-22", "FULL_DAY", "SUPERVISION", ""))
                        .status())
                .as("a Sunday")
                .isEqualTo(201);

        JsonNode one = row(tochuc, committee, id);
        assertThat(one.path("visits").asInt()).isEqualTo(3);
        assertThat(one.path("grassrootsDays").asDouble())
                .as("a day counts at most once, a Sunday not at all")
                .isEqualTo(1.0);
        assertThat(one.path("cellMeetings").asInt()).isEqualTo(1);
        assertThat(one.path("cellMeetingsShort").asBoolean())
                .as("6 a year: 0.5 for one month")
                .isFalse();
        assertThat(one.path("underMinimum").asBoolean()).isTrue();
        assertThat(one.path("receptionDays").isNull()).as("not a head").isTrue();

        for (LocalDate day = LocalDate.of(2026, 2, 2); day.isBefore(LocalDate.of(2026, 2, 14)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                assertThat(member.post(
                                        "/api/v1/grassroots-work/visits",
                                        visit(id, cell, day.toString(), "HALF_DAY", "INSPECTION", ""))
                                .status())
                        .isEqualTo(201);
            }
        }
        JsonNode report = tochuc.get("/api/v1/grassroots-work/compliance?committeeUnitId=" + committee + "&" + FEBRUARY)
                .json();
        assertThat(report.path("minimumShare").asString()).isEqualTo("1/3");
        assertThat(report.path("workingDays").asInt()).isBetween(14, 20);
        JsonNode met = find(report, id);
        assertThat(met.path("grassrootsDays").asDouble()).isEqualTo(6.0);
        assertThat(met.path("share").asDouble())
                .isEqualTo(6.0 / report.path("workingDays").asInt());
        assertThat(met.path("underMinimum").asBoolean()).isFalse();
        assertThat(met.path("compliant").asBoolean()).isTrue();
        assertThat(audits("grassroots.compliance.read", committee)).isPositive();

        JsonNode visits = member.get("/api/v1/grassroots-work/committee-members/" + id + "/visits?" + FEBRUARY)
                .json();
        assertThat(visits).hasSize(13);
        assertThat(audits("grassroots.visits.read", id)).isPositive();
        String followUp = logged.path("followUps").get(0).path("id").asString();
        ApiClient.Response byHand = member.post(
                "/api/v1/grassroots-work/follow-ups/" + followUp + "/status",
                "{\"status\":\"PROGRAMME_TASK\",\"version\":0}");
        assertThat(byHand.status()).as("only through a programme").isEqualTo(422);
        assertThat(byHand.code()).isEqualTo("grassroots.follow-up.use-programme-task");
        JsonNode done = member.post(
                        "/api/v1/grassroots-work/follow-ups/" + followUp + "/status",
                        "{\"status\":\"DONE\",\"version\":0}")
                .json();
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        ApiClient.Response staleStatus = member.post(
                "/api/v1/grassroots-work/follow-ups/" + followUp + "/status", "{\"status\":\"DONE\",\"version\":0}");
        assertThat(staleStatus.status()).isEqualTo(409);
        assertThat(staleStatus.code()).isEqualTo("conflict.stale");
    }

    @Test
    void anotherMemberSeesNoneOfIt() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        long committee = parentOf(cell);
        UUID other = otherMemberIn(cell, 1);
        UUID id = UUID.fromString(
                appoint(tochuc, committee, other, false).path("id").asString());
        ApiClient member = loggedIn(plainMemberLogin());
        ApiClient.Response visits =
                member.get("/api/v1/grassroots-work/committee-members/" + id + "/visits?" + FEBRUARY);
        assertThat(visits.status()).isEqualTo(404);
        assertThat(visits.code()).isEqualTo("grassroots.committee-member.not-found");
        ApiClient.Response log = member.post(
                "/api/v1/grassroots-work/visits", visit(id, cell, "2026-02-24", "FULL_DAY", "INSPECTION", ""));
        assertThat(log.status()).isEqualTo(404);
        assertThat(member.get("/api/v1/grassroots-work/committee-members/mine")
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(id.toString());
        ApiClient.Response period = tochuc.get(
                "/api/v1/grassroots-work/compliance?committeeUnitId=" + committee + "&from=2026-03-01&to=2026-02-01");
        assertThat(period.status()).isEqualTo(422);
        assertThat(period.code()).isEqualTo("grassroots.period.invalid");
    }

    @Test
    void theHeadOfACommuneReceivesCitizensTwiceAMonthAndIsRemindedWhenShort() {
        ApiClient tochuc = loggedIn("tochuc");
        long commune = unitInside(pathOf(staffScopeRoot()), "COMMUNE");
        UUID head = jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND m.status = 'OFFICIAL' ORDER BY m.id DESC LIMIT 1""")
                .param("p", pathOf(commune) + "%")
                .query(UUID.class)
                .single();
        UUID id =
                UUID.fromString(appoint(tochuc, commune, head, true).path("id").asString());
        JsonNode before = row(tochuc, commune, id);
        assertThat(before.path("receptionDays").asInt()).isZero();
        assertThat(before.path("receptionDaysRequired").asInt()).isEqualTo(2);
        assertThat(before.path("receptionShort").asBoolean()).isTrue();

        long notified = notifications(head);
        JsonNode sent = tochuc.post(
                        "/api/v1/grassroots-work/compliance/reminders",
                        "{\"committeeUnitId\":" + commune + ",\"from\":\"2026-02-01\",\"to\":\"2026-02-28\"}")
                .json();
        assertThat(sent.path("reminded").asInt()).isPositive();
        assertThat(notifications(head)).isEqualTo(notified + 1);

        ApiClient tiepdan = loggedIn("tiepdan");
        for (String day : List.of("2026-02-05", "2026-02-25")) {
            ApiClient.Response reception = tiepdan.post(
                    "/api/v1/petitions/reception-days",
                    "{\"orgUnitId\":" + commune + ",\"heldOn\":\"" + day
                            + "\",\"headName\":\"Bí thư\",\"headMemberId\":\"" + head + "\",\"citizensReceived\":3}");
            assertThat(reception.status()).as(reception.body()).isEqualTo(201);
        }
        JsonNode after = row(tochuc, commune, id);
        assertThat(after.path("receptionDays").asInt()).isEqualTo(2);
        assertThat(after.path("receptionShort").asBoolean()).isFalse();
        JsonNode report = tochuc.get("/api/v1/grassroots-work/compliance?committeeUnitId=" + commune + "&" + FEBRUARY)
                .json();
        assertThat(report.path("receptionDaysPerMonth").asInt()).isEqualTo(2);
        assertThat(report.path("rules").toString()).contains("QĐ 11-QĐi/TW");
    }

    JsonNode appoint(ApiClient staff, long committee, UUID memberId, boolean head) {
        ApiClient.Response response = staff.post(
                "/api/v1/grassroots-work/committee-members",
                "{\"committeeUnitId\":" + committee + ",\"memberId\":\"" + memberId + "\",\"head\":" + head + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    JsonNode row(ApiClient staff, long committee, UUID id) {
        ApiClient.Response response =
                staff.get("/api/v1/grassroots-work/compliance?committeeUnitId=" + committee + "&" + FEBRUARY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return find(response.json(), id);
    }

    @Test
    void aVisitIsRevisedOrWithdrawnAndTheComplianceFollows() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        UUID other = otherMemberIn(cell, 2);
        UUID id = UUID.fromString(appoint(tochuc, cell, other, false).path("id").asString());
        String february = "/api/v1/grassroots-work/compliance?committeeUnitId=" + cell + "&" + FEBRUARY;
        JsonNode logged = tochuc.post(
                        "/api/v1/grassroots-work/visits",
                        visit(
                                id,
                                cell,
                                "2026-02-24",
                                "HALF_DAY",
                                "INSPECTION",
                                ",\"findings\":\"Sổ sách chưa đầy đủ\""))
                .json();
        String visit = "/api/v1/grassroots-work/visits/" + logged.path("id").asString();
        assertThat(logged.path("version").asLong()).isZero();
        assertThat(find(tochuc.get(february).json(), id).path("grassrootsDays").asDouble())
                .isEqualTo(0.5);

        String revision = "{\"committeeMemberId\":\"" + id + "\",\"orgUnitId\":" + cell
                + ",\"visitedOn\":\"2026-02-25\",\"duration\":\"FULL_DAY\",\"purpose\":\"SUPERVISION\","
                + "\"findings\":\"Sổ sách đã bổ sung\",\"version\":";
        ApiClient.Response incomplete = tochuc.method("PUT", visit, "application/json", "{}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).contains("orgUnitId", "visitedOn", "version");
        ApiClient.Response future =
                tochuc.method("PUT", visit, "application/json", revision.replace("2026-02-25", "2026-03-05") + "0}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("grassroots.visit.future");
        JsonNode revised =
                tochuc.method("PUT", visit, "application/json", revision + "0}").json();
        assertThat(revised.path("visitedOn").asString()).isEqualTo("2026-02-25");
        assertThat(revised.path("purpose").asString()).isEqualTo("SUPERVISION");
        assertThat(revised.path("version").asLong()).isEqualTo(1);
        assertThat(audits("grassroots.visit.revise", logged.path("id").asString()))
                .isEqualTo(1);
        ApiClient.Response stale = tochuc.method("PUT", visit, "application/json", revision + "0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");
        assertThat(find(tochuc.get(february).json(), id).path("grassrootsDays").asDouble())
                .as("recomputed from the revised visit")
                .isEqualTo(1.0);

        ApiClient member = loggedIn(plainMemberLogin());
        ApiClient.Response notTheirs = member.method("DELETE", visit + "?version=1", "application/json", "");
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.code()).isEqualTo("grassroots.visit.not-found");
        assertThat(tochuc.method("DELETE", visit + "?version=0", "application/json", "")
                        .status())
                .isEqualTo(409);
        assertThat(tochuc.method("DELETE", visit + "?version=1", "application/json", "")
                        .status())
                .isEqualTo(204);
        assertThat(audits("grassroots.visit.withdraw", logged.path("id").asString()))
                .isEqualTo(1);
        assertThat(find(tochuc.get(february).json(), id).path("grassrootsDays").asDouble())
                .isZero();
    }

    @Test
    void aFollowUpTaskBecomesAProgrammeTaskLinkedBothWays() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        long commune = staffScopeRoot();
        UUID other = otherMemberIn(cell, 3);
        UUID id = UUID.fromString(appoint(tochuc, cell, other, false).path("id").asString());
        JsonNode logged = tochuc.post(
                        "/api/v1/grassroots-work/visits",
                        visit(
                                id,
                                cell,
                                "2026-02-18",
                                "FULL_DAY",
                                "WORKING_SESSION",
                                ",\"followUps\":[{\"text\":\"Kiện toàn chi ủy\",\"owner\":\"Bí thư chi bộ\"},"
                                        + "{\"text\":\"Cập nhật sổ đảng viên\",\"dueOn\":\"2026-06-30\"}]"))
                .json();
        String first = logged.path("followUps").get(0).path("id").asString();
        String second = logged.path("followUps").get(1).path("id").asString();

        String code = vn.dangvu.support.TestCodes.next() + "-CTr/ĐU";
        ApiClient.Response created = tochuc.post(
                "/api/v1/programmes",
                "{\"issuingUnitId\":" + commune + ",\"code\":\"" + code + "\",\"title\":\"Xây dựng chi bộ vững mạnh\","
                        + "\"periodFrom\":\"2025-10-01\",\"periodTo\":\"2030-09-30\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String programme = created.json().path("id").asString();
        JsonNode writable = tochuc.get("/api/v1/programmes/writable").json();
        assertThat(writable.findValuesAsString("id")).contains(programme);

        String handOver = "/api/v1/grassroots-work/follow-ups/" + first + "/programme-task";
        ApiClient.Response missing = tochuc.post(handOver, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("programmeId", "ownerUnitId", "version");
        ApiClient.Response noDeadline = tochuc.post(
                handOver, "{\"programmeId\":\"" + programme + "\",\"ownerUnitId\":" + cell + ",\"version\":0}");
        assertThat(noDeadline.status()).isEqualTo(422);
        assertThat(noDeadline.code()).isEqualTo("grassroots.follow-up.deadline.required");
        ApiClient.Response outside = tochuc.post(
                handOver,
                "{\"programmeId\":\"" + programme + "\",\"ownerUnitId\":" + unitOutside(pathOf(commune), "CELL")
                        + ",\"deadline\":\"2026-09-30\",\"version\":0}");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.code()).isEqualTo("programme.unit.outside");
        JsonNode linked = tochuc.post(
                        handOver,
                        "{\"programmeId\":\"" + programme + "\",\"ownerUnitId\":" + cell
                                + ",\"deadline\":\"2026-09-30\",\"version\":0}")
                .json();
        assertThat(linked.path("status").asString()).isEqualTo("PROGRAMME_TASK");
        assertThat(linked.path("programmeTask").path("programmeCode").asString())
                .isEqualTo(code);
        assertThat(linked.path("programmeTask").path("status").asString()).isEqualTo("NOT_STARTED");
        String taskId = linked.path("programmeTaskId").asString();
        assertThat(audits("grassroots.follow-up.programme-task", first)).isEqualTo(1);
        ApiClient.Response twice = tochuc.post(
                handOver,
                "{\"programmeId\":\"" + programme + "\",\"ownerUnitId\":" + cell
                        + ",\"deadline\":\"2026-09-30\",\"version\":1}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("grassroots.follow-up.handed-over");

        JsonNode task = null;
        for (JsonNode t : tochuc.get("/api/v1/programmes/" + programme).json().path("tasks")) {
            if (t.path("id").asString().equals(taskId)) {
                task = t;
            }
        }
        assertThat(task).as("the task is in the programme").isNotNull();
        assertThat(task.path("title").asString()).isEqualTo("Kiện toàn chi ủy");
        assertThat(task.path("ownerPerson").asString()).isEqualTo("Bí thư chi bộ");
        assertThat(task.path("origin").path("kind").asString()).isEqualTo("GRASSROOTS_FOLLOW_UP");
        assertThat(task.path("origin").path("id").asString()).isEqualTo(first);
        assertThat(task.path("origin").path("label").asString()).contains("18/02/2026");

        tochuc.post(
                "/api/v1/programmes/" + programme + "/tasks/" + taskId + "/reports", "{\"progress\":40,\"version\":0}");
        JsonNode visits = tochuc.get("/api/v1/grassroots-work/committee-members/" + id + "/visits?" + FEBRUARY)
                .json();
        JsonNode shown = visits.get(0).path("followUps").get(0);
        assertThat(shown.path("programmeTask").path("status").asString())
                .as("the follow-up shows the task as it stands")
                .isEqualTo("ON_SCHEDULE");
        assertThat(shown.path("programmeTask").path("progress").asInt()).isEqualTo(40);
        ApiClient.Response moved = tochuc.post(
                "/api/v1/grassroots-work/follow-ups/" + first + "/status", "{\"status\":\"DONE\",\"version\":1}");
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.code()).isEqualTo("grassroots.follow-up.handed-over");
        ApiClient.Response withdraw = tochuc.method(
                "DELETE",
                "/api/v1/grassroots-work/visits/" + logged.path("id").asString() + "?version=0",
                "application/json",
                "");
        assertThat(withdraw.status()).isEqualTo(422);
        assertThat(withdraw.code()).isEqualTo("grassroots.visit.handed-over");

        ApiClient member = loggedIn(plainMemberLogin());
        ApiClient.Response foreign = member.post(
                "/api/v1/grassroots-work/follow-ups/" + second + "/programme-task",
                "{\"programmeId\":\"" + programme + "\",\"ownerUnitId\":" + cell + ",\"version\":0}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("grassroots.follow-up.not-found");
    }

    static JsonNode find(JsonNode report, UUID id) {
        for (JsonNode row : report.path("members")) {
            if (row.path("committeeMemberId").asString().equals(id.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    static String visit(UUID id, long unit, String day, String duration, String purpose, String more) {
        return "{\"committeeMemberId\":\"" + id + "\",\"orgUnitId\":" + unit + ",\"visitedOn\":\"" + day
                + "\",\"duration\":\"" + duration + "\",\"purpose\":\"" + purpose + "\"" + more + "}";
    }

    UUID memberOfAccount(String username) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    UUID otherMemberIn(long cell, int offset) {
        return jdbc.sql("""
                        SELECT m.id FROM member m WHERE m.org_unit_id = :cell AND m.status = 'OFFICIAL'
                           AND m.id NOT IN (SELECT a.member_id FROM account a WHERE a.username = :login)
                         ORDER BY m.id LIMIT 1 OFFSET :o""")
                .param("cell", cell)
                .param("o", offset)
                .param("login", plainMemberLogin())
                .query(UUID.class)
                .single();
    }

    long notifications(UUID memberId) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM handbook_notification WHERE member_id = :m AND kind = 'grassroots.reminder'")
                .param("m", memberId)
                .query(Long.class)
                .single();
    }

    long audits(String action, Object id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }

    static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }
}

package vn.dangvu.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.meeting.MeetingManagement;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Cell meetings through the API (REGULATIONS §7): schedule → plan → materials → invitations → reply → check-in windows
 * → attendance → minutes with the quorum → statistics; stale writes, invalid input, concurrent check-ins and the
 * reminder job with the test clock. Each test plans its own meetings in the demo secretary's cell.
 */
abstract class MeetingScenarios extends PlatformTestBase {

    @Autowired
    MeetingManagement management;

    @Test
    void aMeetingIsPlannedInvitedHeldMinutedAndCounted() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient member = loggedIn(plainMemberLogin());
        long cell = secretaryCell();
        UUID memberId = memberIdOf(plainMemberLogin());

        JsonNode planned = plan(bithu, cell, "REGULAR", clock.instant().plus(Duration.ofMinutes(10)));
        UUID id = UUID.fromString(planned.path("id").asString());
        assertThat(planned.path("state").asString()).isEqualTo("PLANNED");
        assertThat(planned.path("agenda").size()).as("HD 09 template").isEqualTo(9);
        assertThat(planned.path("minimumMinutes").asInt()).isEqualTo(90);

        ApiClient.Response upload = bithu.multipart(
                "POST",
                "/api/v1/meetings/" + id + "/materials?title=D%E1%BB%B1%20th%E1%BA%A3o",
                "file",
                "du-thao.txt",
                "Dự thảo nghị quyết".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        String materialId = upload.json().path("id").asString();
        assertThat(upload.json().path("late").asBoolean())
                .as("unpublished within a day of the start (HD 42)")
                .isTrue();

        JsonNode invited = bithu.post(
                        "/api/v1/meetings/" + id + "/invitations",
                        "{\"guests\":[{\"name\":\"Đồng chí Phụ Trách\",\"role\":\"Đảng ủy viên phụ trách chi bộ\"}]}")
                .json();
        assertThat(invited.path("state").asString()).isEqualTo("INVITED");
        int roster = jdbc.sql("SELECT COUNT(*) FROM member WHERE org_unit_id = :c AND status IN ('PROBATIONARY',"
                        + " 'OFFICIAL', 'EXEMPTED')")
                .param("c", cell)
                .query(Integer.class)
                .single();
        assertThat(invited.path("invitations").size()).isEqualTo(roster + 1);
        assertThat(notifications(memberId, "meeting.invited", id)).isEqualTo(1);
        bithu.post("/api/v1/meetings/" + id + "/invitations", "{}");
        assertThat(bithu.get("/api/v1/meetings/" + id)
                        .json()
                        .path("invitations")
                        .size())
                .as("sending again invites nobody twice")
                .isEqualTo(roster + 1);

        assertThat(bithu.post("/api/v1/meetings/" + id + "/materials/" + materialId + "/publish", "")
                        .status())
                .isEqualTo(204);
        assertThat(notifications(memberId, "meeting.materials", id)).isEqualTo(1);

        JsonNode mine = mineRow(member, id);
        assertThat(mine.path("canCheckInNow").asBoolean()).isTrue();
        assertThat(mine.path("materials").size()).isEqualTo(1);
        assertThat(member.download("/api/v1/meetings/" + id + "/materials/" + materialId)
                        .text())
                .isEqualTo("Dự thảo nghị quyết");

        ApiClient.Response noReason = member.post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"ABSENT\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString())
                .isEqualTo("reason");
        assertThat(member.post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"ATTENDING\"}")
                        .status())
                .isEqualTo(204);

        ApiClient.Response checkedIn = member.post("/api/v1/meetings/" + id + "/check-in", "");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        assertThat(checkedIn.json().path("checkedInBy").asString()).isEqualTo("SELF");
        String firstTime = checkedIn.json().path("checkedInAt").asString();
        String card = jdbc.sql("SELECT card_number FROM member WHERE id = :id")
                .param("id", memberId)
                .query(String.class)
                .single();
        JsonNode again = bithu.post(
                        "/api/v1/meetings/" + id + "/check-ins", "{\"cardNumber\":\"DANGVU-CARD:" + card + "\"}")
                .json();
        assertThat(again.path("checkedInAt").asString())
                .as("the first check-in stays")
                .isEqualTo(firstTime);
        assertThat(again.path("checkedInBy").asString()).isEqualTo("SELF");

        JsonNode detail = bithu.get("/api/v1/meetings/" + id).json();
        List<JsonNode> others = new ArrayList<>();
        detail.path("invitations").forEach(i -> {
            if (!i.path("memberId").isNull()
                    && !i.path("memberId").asString().equals(memberId.toString())
                    && i.path("guestRole").isNull()) {
                others.add(i);
            }
        });
        String excused = others.get(0).path("id").asString();
        ApiClient.Response noExcuse = bithu.method(
                "PUT",
                "/api/v1/meetings/" + id + "/invitations/" + excused,
                "application/json",
                "{\"attendance\":\"ABSENT_EXCUSED\"}");
        assertThat(noExcuse.status()).isEqualTo(400);
        assertThat(bithu.method(
                                "PUT",
                                "/api/v1/meetings/" + id + "/invitations/" + excused,
                                "application/json",
                                "{\"attendance\":\"ABSENT_EXCUSED\",\"absenceReason\":\"Ốm\"}")
                        .json()
                        .path("attendance")
                        .asString())
                .isEqualTo("ABSENT_EXCUSED");
        for (int i = 1; i < others.size(); i++) {
            bithu.post(
                    "/api/v1/meetings/" + id + "/check-ins",
                    "{\"memberId\":\"" + others.get(i).path("memberId").asString() + "\"}");
        }

        long version =
                bithu.get("/api/v1/meetings/" + id).json().path("version").asLong();
        JsonNode started = bithu.post("/api/v1/meetings/" + id + "/start", "{\"version\":" + version + "}")
                .json();
        assertThat(started.path("state").asString()).isEqualTo("HELD");
        ApiClient.Response stale = bithu.post("/api/v1/meetings/" + id + "/end", "{\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        clock.advance(Duration.ofMinutes(80));
        JsonNode ended = bithu.post(
                        "/api/v1/meetings/" + id + "/end",
                        "{\"version\":" + started.path("version").asLong() + "}")
                .json();
        assertThat(ended.path("durationMinutes").asLong()).isEqualTo(80);
        assertThat(ended.path("tooShort").asBoolean())
                .as("under 90 minutes (HD 42)")
                .isTrue();
        assertThat(member.post("/api/v1/meetings/" + id + "/check-in", "").status())
                .as("already checked in: idempotent")
                .isEqualTo(200);

        int present = jdbc.sql("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = :m AND attendance ="
                        + " 'PRESENT' AND member_status IN ('OFFICIAL', 'EXEMPTED') AND guest_role IS NULL")
                .param("m", id)
                .query(Integer.class)
                .single();
        ApiClient.Response tooMany = bithu.method(
                "PUT",
                "/api/v1/meetings/" + id + "/minutes",
                "application/json",
                minutes(present + 1, 0, 0, ended.path("version").asLong()));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.code()).isEqualTo("meeting.votes.exceed-present");
        ApiClient.Response minutedResponse = bithu.method(
                "PUT",
                "/api/v1/meetings/" + id + "/minutes",
                "application/json",
                minutes(present, 0, 0, ended.path("version").asLong()));
        assertThat(minutedResponse.status()).as(minutedResponse.body()).isEqualTo(200);
        JsonNode minuted = minutedResponse.json();
        assertThat(minuted.path("state").asString()).isEqualTo("MINUTED");
        JsonNode result = minuted.path("minutes");
        assertThat(result.path("votersPresent").asInt()).isPositive();
        assertThat(result.path("quorate").asBoolean()).isTrue();
        assertThat(result.path("resolutionValid").asBoolean()).isTrue();
        assertThat(result.path("rule").asString()).contains("Điều 9");

        String today =
                java.time.LocalDate.ofInstant(clock.instant(), clock.getZone()).toString();
        JsonNode stats = bithu.get("/api/v1/meetings/attendance?unitId=" + cell + "&from=" + today + "&to=" + today)
                .json();
        assertThat(stats.path("total").path("held").asInt()).isPositive();
        assertThat(stats.path("cells").get(0).path("unitId").asLong()).isEqualTo(cell);
        JsonNode absent = null;
        for (JsonNode row : stats.path("members")) {
            if (row.path("memberId")
                    .asString()
                    .equals(others.get(0).path("memberId").asString())) {
                absent = row;
            }
        }
        assertThat(absent).isNotNull();
        assertThat(absent.path("consecutiveAbsences").asInt()).isPositive();
        assertThat(audits("meeting.check-in", id)).isEqualTo(roster - 1);
    }

    @Test
    void theCheckInWindowStaleWritesAndInvalidInput() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient member = loggedIn(plainMemberLogin());
        long cell = secretaryCell();
        JsonNode planned = plan(bithu, cell, "COMBINED", clock.instant().plus(Duration.ofDays(2)));
        UUID id = UUID.fromString(planned.path("id").asString());
        assertThat(planned.path("minimumMinutes").asInt()).isEqualTo(120);
        bithu.post("/api/v1/meetings/" + id + "/invitations", "{}");
        ApiClient.Response early = member.post("/api/v1/meetings/" + id + "/check-in", "");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("meeting.check-in.closed");
        assertThat(mineRow(member, id).path("canCheckInNow").asBoolean()).isFalse();

        long version = planned.path("version").asLong();
        String change = planBody(cell, "COMBINED", clock.instant().plus(Duration.ofDays(3)))
                .replace("}", ",\"version\":" + version + "}");
        assertThat(bithu.method("PUT", "/api/v1/meetings/" + id, "application/json", change)
                        .status())
                .isEqualTo(409)
                .as("the invitations bumped the version");
        JsonNode current = bithu.get("/api/v1/meetings/" + id).json();
        JsonNode changed = bithu.method(
                        "PUT",
                        "/api/v1/meetings/" + id,
                        "application/json",
                        change.replace(
                                "\"version\":" + version,
                                "\"version\":" + current.path("version").asLong()))
                .json();
        assertThat(changed.path("plannedStart").asString())
                .isNotEqualTo(current.path("plannedStart").asString());
        assertThat(notifications(memberIdOf(plainMemberLogin()), "meeting.changed", id))
                .isEqualTo(1);

        ApiClient.Response invalid =
                bithu.post("/api/v1/meetings", "{\"orgUnitId\":" + cell + ",\"kind\":\"REGULAR\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsString("field")).contains("title", "plannedStart");
        ApiClient.Response notCell = bithu.post(
                "/api/v1/meetings",
                planBody(staffScopeRoot(), "REGULAR", clock.instant().plus(Duration.ofDays(1))));
        assertThat(notCell.status()).isEqualTo(404);
        ApiClient.Response startPlanned = bithu.post(
                "/api/v1/meetings/"
                        + plan(bithu, cell, "REGULAR", clock.instant().plus(Duration.ofDays(1)))
                                .path("id")
                                .asString()
                        + "/start",
                "{\"version\":1}");
        assertThat(startPlanned.status()).isEqualTo(422);
        assertThat(startPlanned.code()).isEqualTo("meeting.start.not-invited");

        JsonNode cancelled = bithu.post(
                        "/api/v1/meetings/" + id + "/cancel",
                        "{\"reason\":\"Trùng lịch\",\"version\":"
                                + changed.path("version").asLong() + "}")
                .json();
        assertThat(cancelled.path("state").asString()).isEqualTo("CANCELLED");
        assertThat(notifications(memberIdOf(plainMemberLogin()), "meeting.cancelled", id))
                .isEqualTo(1);
        assertThat(member.post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"ATTENDING\"}")
                        .code())
                .isEqualTo("meeting.reply.closed");
    }

    @Test
    void schedulesGenerateTheComingMonthsOnce() {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        ApiClient.Response bad = bithu.post(
                "/api/v1/meetings/schedules",
                "{\"orgUnitId\":" + cell + ",\"kind\":\"REGULAR\",\"title\":\"Sinh hoạt\",\"dayOfMonth\":31,"
                        + "\"startTime\":\"08:00\"}");
        assertThat(bad.status()).isEqualTo(400);
        ApiClient.Response created = bithu.post(
                "/api/v1/meetings/schedules",
                "{\"orgUnitId\":" + cell + ",\"kind\":\"REGULAR\",\"title\":\"Sinh hoạt thường kỳ\",\"weekOfMonth\":1,"
                        + "\"dayOfWeek\":2,\"startTime\":\"08:00\",\"place\":\"Hội trường\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        JsonNode first = bithu.post("/api/v1/meetings/schedules/" + id + "/generate?months=3", "")
                .json();
        assertThat(first.size()).as("first Tuesdays of March, April, May 2026").isEqualTo(3);
        assertThat(bithu.post("/api/v1/meetings/schedules/" + id + "/generate?months=3", "")
                        .json()
                        .size())
                .isZero();
        JsonNode meeting =
                bithu.get("/api/v1/meetings/" + first.get(0).asString()).json();
        assertThat(meeting.path("plannedStart").asString()).isEqualTo("2026-03-03T01:00:00Z");
        assertThat(meeting.path("scheduleId").asString()).isEqualTo(id);
        assertThat(bithu.method("DELETE", "/api/v1/meetings/schedules/" + id + "?version=7", "application/json", "")
                        .status())
                .isEqualTo(409);
        assertThat(bithu.method("DELETE", "/api/v1/meetings/schedules/" + id + "?version=0", "application/json", "")
                        .status())
                .isEqualTo(204);
    }

    @Test
    void concurrentCheckInsLoseNone() throws Exception {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        UUID id = UUID.fromString(plan(bithu, cell, "REGULAR", clock.instant().plus(Duration.ofMinutes(5)))
                .path("id")
                .asString());
        bithu.post("/api/v1/meetings/" + id + "/invitations", "{}");
        List<UUID> invited = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID member = UUID.randomUUID();
            invited.add(member);
            jdbc.sql("""
                            INSERT INTO meeting_invitation (id, meeting_id, member_id, full_name, member_status)
                            VALUES (:id, :m, :member, 'Đảng viên thử', 'OFFICIAL')""")
                    .param("id", UUID.randomUUID())
                    .param("m", id)
                    .param("member", member)
                    .update();
        }
        List<ApiClient> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessions.add(loggedIn("bithu"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < invited.size(); i++) {
                    ApiClient client = sessions.get(i % sessions.size());
                    UUID member = invited.get(i);
                    calls.add(pool.submit(() -> client.post(
                                    "/api/v1/meetings/" + id + "/check-ins", "{\"memberId\":\"" + member + "\"}")
                            .status()));
                }
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = :m AND checked_in_at IS NOT"
                                + " NULL AND attendance = 'PRESENT'")
                        .param("m", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(invited.size());
        assertThat(audits("meeting.check-in", id)).as("one check-in each").isEqualTo(invited.size());
    }

    @Test
    void theReminderJobRemindsTheNextDaysMeetingsOnce() {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        UUID id = UUID.fromString(plan(bithu, cell, "THEMATIC", clock.instant().plus(Duration.ofHours(24)))
                .path("id")
                .asString());
        bithu.post("/api/v1/meetings/" + id + "/invitations", "{}");
        UUID memberId = memberIdOf(plainMemberLogin());
        management.sendReminders();
        management.sendReminders();
        assertThat(notifications(memberId, "meeting.reminder", id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT link FROM handbook_notification WHERE member_id = :m AND kind = 'meeting.reminder'"
                                + " AND link = :link")
                        .param("m", memberId)
                        .param("link", "/handbook/meetings/" + id)
                        .query(String.class)
                        .list())
                .hasSize(1);
    }

    private JsonNode plan(ApiClient client, long cell, String kind, Instant start) {
        ApiClient.Response response = client.post("/api/v1/meetings", planBody(cell, kind, start));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String planBody(long cell, String kind, Instant start) {
        return "{\"orgUnitId\":" + cell + ",\"kind\":\"" + kind
                + "\",\"title\":\"Sinh hoạt chi bộ\",\"plannedStart\":\"" + start + "\",\"place\":\"Nhà văn hóa\"}";
    }

    private static String minutes(int votesFor, int against, int abstain, long version) {
        return "{\"minutesText\":\"Biên bản\",\"resolutionText\":\"Nghị quyết\",\"votesFor\":" + votesFor
                + ",\"votesAgainst\":" + against + ",\"votesAbstain\":" + abstain + ",\"version\":" + version + "}";
    }

    private JsonNode mineRow(ApiClient member, UUID id) {
        for (JsonNode row : member.get("/api/v1/meetings/mine").json()) {
            if (row.path("meetingId").asString().equals(id.toString())) {
                return row;
            }
        }
        throw new AssertionError("meeting " + id + " not among the member's");
    }

    private UUID memberIdOf(String login) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", login)
                .query(UUID.class)
                .single();
    }

    private long notifications(UUID memberId, String kind, UUID meetingId) {
        return jdbc.sql("SELECT COUNT(*) FROM handbook_notification WHERE member_id = :m AND kind = :k AND link = :l")
                .param("m", memberId)
                .param("k", kind)
                .param("l", "/handbook/meetings/" + meetingId)
                .query(Long.class)
                .single();
    }

    private long audits(String action, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}

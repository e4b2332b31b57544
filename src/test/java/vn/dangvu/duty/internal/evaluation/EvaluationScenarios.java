package vn.dangvu.duty.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * The annual evaluation through the API (REGULATIONS §5, QĐ 366-QĐ/TW 2025): a full cycle on the demo secretary's
 * cell, the excellent quota (HD 21-HD/BTCTW 2019, 20 %), disqualification, stale writes, invalid input, the member's
 * own view and two years not completed. Each scenario opens its cycles for a year of its own (unique per committee,
 * kind, year and period), so that scenarios never share data.
 */
abstract class EvaluationScenarios extends PlatformTestBase {

    static final String CYCLES = "/api/v1/evaluations/cycles";

    @Test
    void aFullCycleFromSelfAssessmentToPublishedResults() {
        ApiClient tochuc = loggedIn("tochuc");
        ApiClient bithu = loggedIn("bithu");
        ApiClient member = loggedIn(plainMemberLogin());
        long cell = secretaryCell();
        UUID memberId = UUID.fromString(
                member.get("/api/v1/me").json().path("member").path("id").asString());

        JsonNode cycle = open(tochuc, cell, 2031);
        UUID id = UUID.fromString(cycle.path("id").asString());
        assertThat(cycle.path("state").asString()).isEqualTo("OPEN");
        assertThat(cycle.path("entries").asLong()).isPositive();
        assertThat(open(tochuc, cell, 2031, 409).code()).isEqualTo("evaluation.cycle.exists");
        advance(tochuc, id, "SELF_ASSESSMENT");

        JsonNode mine = member.get("/api/v1/evaluations/mine").json();
        assertThat(own(mine, id)).as("the cycle is open to the member").isNotNull();
        ApiClient.Response self = member.method(
                "PUT",
                "/api/v1/evaluations/mine/" + id,
                "application/json",
                "{\"score\":92,\"level\":\"EXCELLENT\",\"tasksTotal\":10,\"tasksExceeding\":4,\"tasksLate\":0,"
                        + "\"comment\":\"Hoàn thành mọi nhiệm vụ được giao\"}");
        assertThat(self.status()).as(self.body()).isEqualTo(200);
        assertThat(self.json().path("selfLevel").asString()).isEqualTo("EXCELLENT");
        ApiClient.Response tooHigh = member.method(
                "PUT",
                "/api/v1/evaluations/mine/" + id,
                "application/json",
                "{\"score\":75,\"level\":\"EXCELLENT\",\"tasksTotal\":10,\"tasksExceeding\":4,\"tasksLate\":0}");
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.code()).isEqualTo("evaluation.level.above-allowed");
        assertThat(tooHigh.json().path("rule").asString()).contains("QĐ 366-QĐ/TW");
        advance(tochuc, id, "APPRAISAL");

        JsonNode board = bithu.get(CYCLES + "/" + id + "/board").json();
        List<JsonNode> entries = new ArrayList<>();
        board.path("entries").forEach(entries::add);
        assertThat(board.path("selfAssessed").asLong()).isEqualTo(1);
        entries.forEach(e -> assertThat(e.path("orgUnitId").asLong()).isEqualTo(cell));
        // everyone proposed excellent: over the quota on the board, refused at the decision
        UUID disqualified = null;
        for (JsonNode e : entries) {
            UUID entryMember = UUID.fromString(e.path("memberId").asString());
            if (disqualified == null && !entryMember.equals(memberId)) {
                disqualified = entryMember;
                ApiClient.Response recorded = tochuc.post(
                        "/api/v1/evaluations/disqualifications",
                        "{\"memberId\":\"" + entryMember + "\",\"orgUnitId\":" + cell
                                + ",\"year\":2031,\"reason\":\"Bị kỷ luật khiển trách\",\"reference\":\"QĐ 5-QĐ/UBKT\"}");
                assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
                ApiClient.Response refused = appraise(bithu, id, e, 95, "EXCELLENT");
                assertThat(refused.status()).isEqualTo(422);
                assertThat(refused.code()).isEqualTo("evaluation.level.disqualified");
                assertThat(appraise(bithu, id, e, 95, "NOT_COMPLETED").status()).isEqualTo(200);
                continue;
            }
            ApiClient.Response proposed = appraise(bithu, id, e, 95, "EXCELLENT");
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        }
        JsonNode afterBoard = bithu.get(CYCLES + "/" + id + "/board").json();
        JsonNode quota = afterBoard.path("quotas").get(0);
        long excellent = entries.size() - 1;
        assertThat(quota.path("excellent").asLong()).isEqualTo(excellent);
        assertThat(quota.path("good").asLong()).isEqualTo(excellent);
        assertThat(quota.path("over").asBoolean()).isTrue();
        long grassroots = quota.path("unitId").asLong();

        assertThat(bithu.post(CYCLES + "/" + id + "/decisions", "{\"grassrootsUnitId\":" + grassroots + "}")
                        .status())
                .as("cells do not decide")
                .isEqualTo(403);
        ApiClient.Response over =
                tochuc.post(CYCLES + "/" + id + "/decisions", "{\"grassrootsUnitId\":" + grassroots + "}");
        assertThat(over.status()).as(over.body()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("evaluation.quota.exceeded");
        assertThat(over.json().path("excellent").asLong()).isEqualTo(excellent);
        assertThat(over.json().path("allowed").asLong()).isEqualTo(excellent * 20 / 100);
        assertThat(over.json().path("rule").asString()).contains("HD 21-HD/BTCTW");
        assertThat(undecided(id)).as("a refused decision writes nothing").isEqualTo(entries.size());

        long allowed = excellent * 20 / 100;
        StringBuilder changes = new StringBuilder();
        long kept = 0;
        for (JsonNode e : entries) {
            if (e.path("memberId").asString().equals(String.valueOf(disqualified))) {
                continue;
            }
            if (kept++ < allowed) {
                continue;
            }
            changes.append(changes.isEmpty() ? "" : ",")
                    .append("{\"entryId\":\"")
                    .append(e.path("id").asString())
                    .append("\",\"level\":\"GOOD\"}");
        }
        ApiClient.Response decided = tochuc.post(
                CYCLES + "/" + id + "/decisions",
                "{\"grassrootsUnitId\":" + grassroots + ",\"changes\":[" + changes + "]}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().path("excellent").asLong()).isEqualTo(allowed);
        assertThat(undecided(id)).isZero();

        long version = cycle(tochuc, id).path("version").asLong();
        ApiClient.Response noNumber =
                tochuc.post(CYCLES + "/" + id + "/advance", "{\"to\":\"DECIDED\",\"version\":" + version + "}");
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.json().path("errors").get(0).path("field").asString())
                .isEqualTo("decisionNumber");
        ApiClient.Response stale = tochuc.post(
                CYCLES + "/" + id + "/advance",
                "{\"to\":\"DECIDED\",\"decisionNumber\":\"45-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\",\"version\":"
                        + (version - 1) + "}");
        assertThat(stale.status()).isEqualTo(409);
        ApiClient.Response decisionTaken = tochuc.post(
                CYCLES + "/" + id + "/advance",
                "{\"to\":\"DECIDED\",\"decisionNumber\":\"45-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\",\"version\":"
                        + version + "}");
        assertThat(decisionTaken.status()).as(decisionTaken.body()).isEqualTo(200);
        assertThat(decisionTaken.json().path("decisionNumber").asString()).isEqualTo("45-QĐ/ĐU");

        JsonNode beforePublication = own(member.get("/api/v1/evaluations/mine").json(), id);
        assertThat(beforePublication.path("entry").path("decidedLevel").isNull())
                .as("hidden until published")
                .isTrue();
        long noticesBefore = notices(memberId);
        advance(tochuc, id, "PUBLISHED");
        JsonNode published = own(member.get("/api/v1/evaluations/mine").json(), id);
        assertThat(published.path("entry").path("decidedLevel").asString()).isIn("EXCELLENT", "GOOD");
        assertThat(published.path("entry").path("ruleCode").asString()).contains("QĐ 366-QĐ/TW");
        assertThat(published.path("entry").path("ruleVersion").asString()).isEqualTo("366/2025");
        assertThat(notices(memberId)).as("told once, other scenarios aside").isEqualTo(noticesBefore + 1);

        JsonNode stats = bithu.get("/api/v1/evaluations/statistics?unitId=" + cell + "&year=2031")
                .json();
        assertThat(stats.path("total").asLong()).isEqualTo(entries.size());
        assertThat(stats.path("counts").path("NOT_COMPLETED").asLong()).isEqualTo(1);
        assertThat(stats.path("counts").path("EXCELLENT").asLong()).isEqualTo(allowed);
        assertThat(audits("evaluation.decide", id)).isEqualTo(1);
        assertThat(audits("evaluation.self-assess", memberId)).isEqualTo(1);
    }

    @Test
    void theMemberSeesOnlyTheirOwnAndInvalidInputIsRefused() {
        ApiClient tochuc = loggedIn("tochuc");
        ApiClient member = loggedIn(plainMemberLogin());
        long cell = secretaryCell();
        UUID id = UUID.fromString(open(tochuc, cell, 2032).path("id").asString());
        String me = member.get("/api/v1/me").json().path("member").path("id").asString();

        ApiClient.Response invalid = member.method(
                "PUT",
                "/api/v1/evaluations/mine/" + id,
                "application/json",
                "{\"score\":120,\"level\":\"GOOD\",\"tasksTotal\":10,\"tasksExceeding\":0,\"tasksLate\":0}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").get(0).path("field").asString())
                .isEqualTo("score");
        ApiClient.Response counts = member.method(
                "PUT",
                "/api/v1/evaluations/mine/" + id,
                "application/json",
                "{\"score\":60,\"level\":\"COMPLETED\",\"tasksTotal\":3,\"tasksExceeding\":5,\"tasksLate\":0}");
        assertThat(counts.status()).isEqualTo(422);
        assertThat(counts.code()).isEqualTo("evaluation.tasks.exceeding-over-total");

        member.get("/api/v1/evaluations/mine").json().forEach(row -> {
            if (!row.path("entry").isNull()) {
                assertThat(row.path("entry").path("memberId").asString()).isEqualTo(me);
            }
        });
        assertThat(member.get(CYCLES + "/" + id + "/board").status()).isEqualTo(403);
        assertThat(member.get(CYCLES).status()).isEqualTo(403);

        String scope = pathOf(staffScopeRoot());
        long otherCell = jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind = 'CELL' AND path LIKE :prefix AND id <> :cell
                         ORDER BY id LIMIT 1""")
                .param("prefix", scope + "%")
                .param("cell", cell)
                .query(Long.class)
                .single();
        UUID elsewhere =
                UUID.fromString(open(tochuc, otherCell, 2032).path("id").asString());
        ApiClient.Response foreign = member.method(
                "PUT",
                "/api/v1/evaluations/mine/" + elsewhere,
                "application/json",
                "{\"score\":60,\"level\":\"COMPLETED\",\"tasksTotal\":3,\"tasksExceeding\":0,\"tasksLate\":0}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("evaluation.cycle.not-found");
        assertThat(loggedIn("bithu").get(CYCLES + "/" + elsewhere + "/board").status())
                .as("another cell's cycle is not the secretary's")
                .isEqualTo(404);
    }

    private UUID lastCycle;

    @Test
    void membersNotCompletedTwoYearsRunningAreListedForRemoval() {
        ApiClient tochuc = loggedIn("tochuc");
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        String failing = null;
        for (int year : new int[] {2041, 2042}) {
            UUID id = UUID.fromString(open(tochuc, cell, year).path("id").asString());
            lastCycle = id;
            advance(tochuc, id, "SELF_ASSESSMENT");
            advance(tochuc, id, "APPRAISAL");
            JsonNode board = bithu.get(CYCLES + "/" + id + "/board").json();
            long grassroots =
                    board.path("entries").get(0).path("grassrootsUnitId").asLong();
            for (JsonNode e : board.path("entries")) {
                if (failing == null) {
                    failing = e.path("memberId").asString();
                }
                boolean fails = e.path("memberId").asString().equals(failing);
                assertThat(appraise(bithu, id, e, fails ? 40 : 60, fails ? "NOT_COMPLETED" : "COMPLETED")
                                .status())
                        .isEqualTo(200);
            }
            assertThat(tochuc.post(CYCLES + "/" + id + "/decisions", "{\"grassrootsUnitId\":" + grassroots + "}")
                            .status())
                    .isEqualTo(200);
            long version = cycle(tochuc, id).path("version").asLong();
            assertThat(tochuc.post(
                                    CYCLES + "/" + id + "/advance",
                                    "{\"to\":\"DECIDED\",\"decisionNumber\":\"9-QĐ/ĐU\",\"decisionDate\":\"2026-01-10\","
                                            + "\"version\":" + version + "}")
                            .status())
                    .isEqualTo(200);
        }
        JsonNode standing =
                bithu.get("/api/v1/evaluations/standing?unitId=" + cell).json();
        JsonNode row = null;
        for (JsonNode r : standing) {
            if (r.path("memberId").asString().equals(failing)) {
                row = r;
            }
        }
        assertThat(row).as("listed").isNotNull();
        assertThat(row.path("firstYear").asInt()).isEqualTo(2041);
        assertThat(row.path("secondYear").asInt()).isEqualTo(2042);
        assertThat(row.path("ground").asString()).isEqualTo("FAILED_STANDING_TWO_YEARS");
        standing.forEach(r -> assertThat(r.path("orgUnitId").asLong()).isEqualTo(cell));

        // publishing the second year proposes the removal in the registry's deadlines
        long version = cycle(tochuc, lastCycle).path("version").asLong();
        assertThat(tochuc.post(
                                CYCLES + "/" + lastCycle + "/advance",
                                "{\"to\":\"PUBLISHED\",\"version\":" + version + "}")
                        .status())
                .isEqualTo(200);
        String member = failing;
        JsonNode proposals = tochuc.get("/api/v1/removal-proposals").json();
        int found = 0;
        for (JsonNode p : proposals) {
            if (p.path("memberId").asString().equals(member)
                    && p.path("sourceKey").asString().equals("evaluation:2042")) {
                found++;
                assertThat(p.path("ground").asString()).isEqualTo("FAILED_STANDING_TWO_YEARS");
            }
        }
        assertThat(found).as("one proposal for the member and the year").isEqualTo(1);
        JsonNode deadlines =
                tochuc.get("/api/v1/deadlines?kind=REMOVAL_PROPOSED&limit=1000").json();
        assertThat(deadlines.toString()).contains(member);
    }

    @Test
    void organisationsAreRatedByTheirSuperiorWithinTheQuotaAndTheCollectiveConditions() {
        ApiClient tochuc = loggedIn("tochuc");
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        long grassroots = jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :id")
                .param("id", cell)
                .query(Long.class)
                .single();
        ApiClient.Response opened =
                tochuc.post(CYCLES, "{\"orgUnitId\":" + grassroots + ",\"year\":2036,\"kind\":\"ORGANISATION\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        UUID id = UUID.fromString(opened.json().path("id").asString());
        long rated = jdbc.sql("""
                        SELECT COUNT(*) FROM org_unit WHERE parent_id = :g AND state = 'ACTIVE'
                           AND kind IN ('CELL', 'PARTIAL_COMMITTEE', 'GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE')""").param("g", grassroots).query(Long.class).single();
        assertThat(opened.json().path("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(opened.json().path("entries").asLong()).isEqualTo(rated).isGreaterThanOrEqualTo(2);
        advance(tochuc, id, "SELF_ASSESSMENT");

        List<JsonNode> entries = new ArrayList<>();
        organisations(tochuc, id).path("entries").forEach(entries::add);
        entries.forEach(e -> assertThat(e.path("decidingUnitId").asLong()).isEqualTo(grassroots));
        JsonNode own = entries.stream()
                .filter(e -> e.path("orgUnitId").asLong() == cell)
                .findFirst()
                .orElseThrow();
        JsonNode other = entries.stream()
                .filter(e -> e.path("orgUnitId").asLong() != cell)
                .findFirst()
                .orElseThrow();
        assertThat(organisations(bithu, id).path("entries").size())
                .as("the secretary sees their own cell only")
                .isEqualTo(1);
        ApiClient.Response self = assess(bithu, id, own, "self-assessment", 92, "EXCELLENT");
        assertThat(self.status()).as(self.body()).isEqualTo(200);
        assertThat(self.json().path("selfLevel").asString()).isEqualTo("EXCELLENT");
        assertThat(self.json().path("selfAssessedBy").asString()).isEqualTo("bithu");
        ApiClient.Response appraiseOwn = assess(bithu, id, own, "appraisal", 92, "EXCELLENT");
        assertThat(appraiseOwn.status()).isEqualTo(403);
        assertThat(appraiseOwn.code()).isEqualTo("evaluation.organisation.appraise-own");
        assertThat(assess(bithu, id, other, "self-assessment", 92, "EXCELLENT").status())
                .as("another cell is not the secretary's")
                .isEqualTo(404);

        // the other cell's leadership collective was disciplined this year: "not completed" whatever the score
        ApiClient.Response disciplined = tochuc.post(
                "/api/v1/evaluations/disqualifications",
                "{\"orgUnitId\":" + other.path("orgUnitId").asLong()
                        + ",\"year\":2036,\"reason\":\"Ban chi ủy bị kỷ luật khiển trách\","
                        + "\"reference\":\"QĐ 12-QĐ/UBKT\"}");
        assertThat(disciplined.status()).as(disciplined.body()).isEqualTo(201);
        ApiClient.Response forced = assess(tochuc, id, other, "self-assessment", 95, "GOOD");
        assertThat(forced.status()).isEqualTo(422);
        assertThat(forced.code()).isEqualTo("evaluation.organisation.disciplined");
        assertThat(forced.json().path("rule").asString()).isEqualTo("QĐ 366-QĐ/TW (2025) Điều 11 (tập thể)");
        advance(tochuc, id, "APPRAISAL");

        for (JsonNode e : entries) {
            boolean failing = e.path("id").asString().equals(other.path("id").asString());
            ApiClient.Response proposed =
                    assess(tochuc, id, e, "appraisal", 95, failing ? "NOT_COMPLETED" : "EXCELLENT");
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        }
        ApiClient.Response stale = tochuc.method(
                "PUT",
                CYCLES + "/" + id + "/organisations/" + own.path("id").asString() + "/appraisal",
                "application/json",
                "{\"score\":80,\"tasksTotal\":10,\"tasksExceeding\":0,\"tasksLate\":0,\"level\":\"GOOD\","
                        + "\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);

        JsonNode quota = organisations(tochuc, id).path("quotas").get(0);
        long excellent = entries.size() - 1;
        assertThat(quota.path("unitId").asLong()).isEqualTo(grassroots);
        assertThat(quota.path("excellent").asLong()).isEqualTo(excellent);
        assertThat(quota.path("over").asBoolean()).isTrue();
        String decisions = CYCLES + "/" + id + "/organisation-decisions";
        assertThat(bithu.post(decisions, "{\"decidingUnitId\":" + grassroots + "}")
                        .status())
                .as("cells do not decide")
                .isEqualTo(403);
        ApiClient.Response over = tochuc.post(decisions, "{\"decidingUnitId\":" + grassroots + "}");
        assertThat(over.status()).as(over.body()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("evaluation.quota.exceeded-units");
        assertThat(over.json().path("allowed").asLong()).isEqualTo(excellent * 20 / 100);
        ApiClient.Response raised = tochuc.post(
                decisions,
                "{\"decidingUnitId\":" + grassroots + ",\"changes\":[{\"entryId\":\""
                        + other.path("id").asString() + "\",\"level\":\"COMPLETED\"}]}");
        assertThat(raised.status())
                .as("above what the collective conditions allow")
                .isEqualTo(422);
        assertThat(raised.code()).isEqualTo("evaluation.level.above-allowed");
        assertThat(undecidedUnits(id)).as("a refused decision writes nothing").isEqualTo(entries.size());

        long allowed = excellent * 20 / 100;
        StringBuilder changes = new StringBuilder();
        long kept = 0;
        for (JsonNode e : entries) {
            if (e.path("id").asString().equals(other.path("id").asString()) || kept++ < allowed) {
                continue;
            }
            changes.append(changes.isEmpty() ? "" : ",")
                    .append("{\"entryId\":\"")
                    .append(e.path("id").asString())
                    .append("\",\"level\":\"GOOD\"}");
        }
        ApiClient.Response decided =
                tochuc.post(decisions, "{\"decidingUnitId\":" + grassroots + ",\"changes\":[" + changes + "]}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(undecidedUnits(id)).isZero();
        long version = cycle(tochuc, id).path("version").asLong();
        ApiClient.Response decisionTaken = tochuc.post(
                CYCLES + "/" + id + "/advance",
                "{\"to\":\"DECIDED\",\"decisionNumber\":\"61-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\",\"version\":"
                        + version + "}");
        assertThat(decisionTaken.status()).as(decisionTaken.body()).isEqualTo(200);
        advance(tochuc, id, "PUBLISHED");

        JsonNode result = organisations(tochuc, id).path("entries").findParents("id").stream()
                .filter(e -> e.path("id").asString().equals(other.path("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(result.path("decidedLevel").asString()).isEqualTo("NOT_COMPLETED");
        assertThat(result.path("collectiveDisciplined").asBoolean()).isTrue();
        assertThat(result.path("ruleCode").asString()).contains("Điều 11 (tập thể)");
        JsonNode stats = tochuc.get("/api/v1/evaluations/statistics?unitId=" + grassroots + "&year=2036")
                .json();
        assertThat(stats.path("organisationTotal").asLong()).isEqualTo(entries.size());
        assertThat(stats.path("organisationCounts").path("NOT_COMPLETED").asLong())
                .isEqualTo(1);
        assertThat(stats.path("organisationCounts").path("EXCELLENT").asLong()).isEqualTo(allowed);
        assertThat(audits("evaluation.organisation.decide", id)).isEqualTo(1);
    }

    private static JsonNode organisations(ApiClient client, UUID cycle) {
        ApiClient.Response response = client.get(CYCLES + "/" + cycle + "/organisations");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static ApiClient.Response assess(
            ApiClient client, UUID cycle, JsonNode entry, String step, int score, String level) {
        long version =
                client.get(CYCLES + "/" + cycle + "/organisations").json().path("entries").findParents("id").stream()
                        .filter(e ->
                                e.path("id").asString().equals(entry.path("id").asString()))
                        .findFirst()
                        .map(e -> e.path("version").asLong())
                        .orElse(0L);
        boolean excellent = "EXCELLENT".equals(level);
        return client.method(
                "PUT",
                CYCLES + "/" + cycle + "/organisations/" + entry.path("id").asString() + "/" + step,
                "application/json",
                "{\"score\":" + score + ",\"tasksTotal\":10,\"tasksExceeding\":" + (excellent ? 4 : 0)
                        + ",\"tasksLate\":0,\"level\":\"" + level + "\",\"remark\":\"Nhận xét\",\"version\":"
                        + version + "}");
    }

    private long undecidedUnits(UUID cycle) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_evaluation_unit WHERE cycle_id = :c AND decided_level IS NULL")
                .param("c", cycle)
                .query(Long.class)
                .single();
    }

    private JsonNode open(ApiClient client, long unit, int year) {
        ApiClient.Response response = open(client, unit, year, 201);
        return response.json();
    }

    private ApiClient.Response open(ApiClient client, long unit, int year, int expected) {
        ApiClient.Response response = client.post(
                CYCLES,
                "{\"orgUnitId\":" + unit + ",\"year\":" + year
                        + ",\"period\":\"YEAR\",\"selfAssessmentDue\":\"2026-11-30\",\"appraisalDue\":\"2026-12-15\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private JsonNode cycle(ApiClient client, UUID id) {
        for (JsonNode c : client.get(CYCLES).json()) {
            if (c.path("id").asString().equals(id.toString())) {
                return c;
            }
        }
        throw new AssertionError("cycle not listed: " + id);
    }

    private void advance(ApiClient client, UUID id, String to) {
        long version = cycle(client, id).path("version").asLong();
        ApiClient.Response response =
                client.post(CYCLES + "/" + id + "/advance", "{\"to\":\"" + to + "\",\"version\":" + version + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("state").asString()).isEqualTo(to);
    }

    private static ApiClient.Response appraise(ApiClient client, UUID cycle, JsonNode entry, int score, String level) {
        long version = client.get(CYCLES + "/" + cycle + "/board").json().path("entries").findParents("id").stream()
                .filter(e -> e.path("id").asString().equals(entry.path("id").asString()))
                .findFirst()
                .orElseThrow()
                .path("version")
                .asLong();
        boolean excellent = "EXCELLENT".equals(level);
        return client.method(
                "PUT",
                CYCLES + "/" + cycle + "/entries/" + entry.path("id").asString() + "/appraisal",
                "application/json",
                "{\"score\":" + score + ",\"tasksTotal\":10,\"tasksExceeding\":" + (excellent ? 4 : 0)
                        + ",\"tasksLate\":0,\"level\":\"" + level + "\",\"remark\":\"Chi bộ nhận xét\",\"version\":"
                        + version + "}");
    }

    private static JsonNode own(JsonNode mine, UUID cycle) {
        for (JsonNode row : mine) {
            if (row.path("cycle").path("id").asString().equals(cycle.toString())) {
                return row;
            }
        }
        return null;
    }

    private long undecided(UUID cycle) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_evaluation_member WHERE cycle_id = :c AND decided_level IS NULL")
                .param("c", cycle)
                .query(Long.class)
                .single();
    }

    private long notices(UUID member) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM handbook_notification WHERE member_id = :m AND kind = 'evaluation.published'")
                .param("m", member)
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

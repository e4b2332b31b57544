package vn.dangvu.congress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.congress.CongressDelegate;
import vn.dangvu.congress.Congresses;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PdfText;
import vn.dangvu.support.PlatformTestBase;

/**
 * Congresses through the API on the test clock's 01/03/2026: the number across merges and splits (HD 06-HD/TW), plan
 * → announcement with the 30-working-day notice over Tết 2026 (QĐ 24 §11.1) → held (the term recorded in the
 * organisation module) → the superior's approval; delegates and credentials; congress documents; the season progress
 * of a subtree with its drill-down and exports. Every scenario creates its own units and members.
 */
abstract class CongressScenarios extends PlatformTestBase {

    private static final AtomicInteger SEQ = new AtomicInteger();

    static final String DECISION = "\"decisionNumber\":\"12-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
            + "\"issuer\":\"Ban Thường vụ Đảng ủy\",\"effectiveOn\":\"2026-02-25\"";

    @Autowired
    Congresses congresses;

    @Test
    void aCellPlansAnnouncesHoldsAndIsApproved() {
        ApiClient staff = loggedIn("tochuc");
        long committee = committeeInScope();
        long cell = create(staff, committee, "CELL", "Chi bộ Tổ dân phố Đại hội");
        members(cell, 5);

        ApiClient.Response missing = staff.post("/api/v1/congresses", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("orgUnitId", "season", "kind", "plannedOn");
        ApiClient.Response noReason =
                staff.post("/api/v1/congresses", plan(cell, 2025, 30, "MEMBERS", "2026-02-25", 3));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.code()).isEqualTo("congress.number.reason-required");
        assertThat(fields(noReason)).containsExactly("numberReason");
        ApiClient.Response longTerm =
                staff.post("/api/v1/congresses", plan(committee, 2025, 30, "MEMBERS", "2026-02-25", null));
        assertThat(longTerm.code())
                .as("a grassroots committee's term is 5 years")
                .isEqualTo("congress.term.length");

        JsonNode planned =
                created(staff.post("/api/v1/congresses", plan(cell, 2025, 30, "MEMBERS", "2026-02-25", null)));
        UUID id = UUID.fromString(planned.path("id").asString());
        assertThat(planned.path("congressNumber").asInt())
                .as("a new cell starts at 1")
                .isEqualTo(1);
        assertThat(planned.path("title").asString())
                .isEqualTo("Đại hội Chi bộ Tổ dân phố Đại hội lần thứ I, nhiệm kỳ 2025–2027");
        assertThat(planned.path("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.path("noticeRequired").asInt()).isEqualTo(30);
        assertThat(audits("congress.plan", id)).isEqualTo(1);
        ApiClient.Response twice =
                staff.post("/api/v1/congresses", plan(cell, 2025, 30, "MEMBERS", "2026-02-25", null));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("congress.exists");

        ApiClient.Response early = staff.post("/api/v1/congresses/" + id + "/holding", hold(0));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("congress.not-announced");

        // Tết 2026 falls inside: from 20/01 there are fewer than 30 working days before 25/02
        ApiClient.Response shortNotice =
                staff.post("/api/v1/congresses/" + id + "/announcement", announce("2026-01-20", "2026-02-25", 0));
        assertThat(shortNotice.status()).isEqualTo(422);
        assertThat(shortNotice.code()).isEqualTo("congress.notice.too-short");
        assertThat(shortNotice.json().path("detail").asString()).contains("Quy định 24-QĐ/TW");
        LocalDate latest = LocalDate.parse(planned.path("latestAnnouncement").asString());
        assertThat(latest).isBefore(LocalDate.of(2026, 1, 15));
        ApiClient.Response stale =
                staff.post("/api/v1/congresses/" + id + "/announcement", announce(latest.toString(), "2026-02-25", 7));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");
        JsonNode announced = ok(
                staff.post("/api/v1/congresses/" + id + "/announcement", announce(latest.toString(), "2026-02-25", 0)));
        assertThat(announced.path("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(announced.path("noticeWorkingDays").asInt()).isEqualTo(30);

        ApiClient.Response badAttendance = staff.post(
                "/api/v1/congresses/" + id + "/holding",
                "{\"heldFrom\":\"2026-02-25\",\"heldTo\":\"2026-02-25\",\"attendanceSummoned\":5,"
                        + "\"attendancePresent\":6,\"version\":1}");
        assertThat(badAttendance.code()).isEqualTo("congress.attendance.present");
        JsonNode held = ok(staff.post("/api/v1/congresses/" + id + "/holding", hold(1)));
        assertThat(held.path("status").asString()).isEqualTo("HELD");
        assertThat(held.path("attendance").asString()).isEqualTo("5/5 đảng viên được triệu tập có mặt");
        assertThat(held.path("seasonStatus").asString()).isEqualTo("HELD");
        JsonNode terms = staff.get("/api/v1/org-units/" + cell + "/terms").json();
        assertThat(terms.toString()).contains("\"congressNumber\":1").contains("2026-02-25");

        ApiClient secretary = loggedIn("bithu");
        assertThat(secretary
                        .post(
                                "/api/v1/congresses/" + id + "/approval",
                                "{\"decisionNumber\":\"5-QĐ/ĐU\",\"decisionDate\":\"2026-02-28\",\"version\":2}")
                        .status())
                .as("a cell secretary does not approve")
                .isEqualTo(403);
        ApiClient.Response beforeHeld = staff.post(
                "/api/v1/congresses/" + id + "/approval",
                "{\"decisionNumber\":\"5-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\",\"version\":2}");
        assertThat(beforeHeld.code()).isEqualTo("congress.approval.before-held");
        JsonNode approved = ok(staff.post(
                "/api/v1/congresses/" + id + "/approval",
                "{\"decisionNumber\":\"5-QĐ/ĐU\",\"decisionDate\":\"2026-02-28\",\"version\":2}"));
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("approvalNumber").asString()).isEqualTo("5-QĐ/ĐU");
        assertThat(audits("congress.approve", id)).isEqualTo(1);

        ApiClient leadership = loggedIn("thuongtruc");
        assertThat(leadership.get("/api/v1/congresses/" + id).status()).isEqualTo(200);
        assertThat(leadership
                        .post("/api/v1/congresses", plan(committee, 2025, 60, "DELEGATES", "2026-04-01", null))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theNumberContinuesMergedAndSplitOrganisations() {
        ApiClient staff = loggedIn("tochuc");
        long committee = committeeInScope();
        long survivor = create(staff, committee, "CELL", "Chi bộ Khu dân cư Hợp nhất");
        long absorbed = create(staff, committee, "CELL", "Chi bộ Khu dân cư Sáp nhập");
        members(survivor, 4);
        members(absorbed, 4);
        term(staff, survivor, 2, "2022-05-10");
        term(staff, absorbed, 6, "2022-06-15");
        JsonNode preview = staff.post(
                        "/api/v1/org-units/" + survivor + "/merge/preview", "{\"absorbedIds\":[" + absorbed + "]}")
                .json();
        ok(staff.post(
                "/api/v1/org-units/" + survivor + "/merge",
                "{\"version\":" + versionIn(preview, survivor) + ",\"absorbed\":[{\"id\":" + absorbed + ",\"version\":"
                        + versionIn(preview, absorbed) + "}]," + DECISION + "}"));
        JsonNode merged =
                created(staff.post("/api/v1/congresses", plan(survivor, 2025, 30, "MEMBERS", "2026-04-10", null)));
        assertThat(merged.path("computedNumber").asInt())
                .as("the absorbed cell's 6 congresses continue")
                .isEqualTo(7);
        assertThat(merged.path("title").asString()).contains("lần thứ VII");

        long source = create(staff, committee, "CELL", "Chi bộ Cơ quan Tách");
        List<UUID> people = members(source, 6);
        term(staff, source, 4, "2023-01-10");
        JsonNode sourceUnit = staff.get("/api/v1/org-units/" + source).json();
        JsonNode split = ok(staff.post(
                "/api/v1/org-units/" + source + "/split",
                "{\"version\":" + sourceUnit.path("version").asLong() + ",\"parts\":[{\"kind\":\"CELL\",\"code\":\"CGS."
                        + SEQ.incrementAndGet() + "." + System.identityHashCode(this)
                        + "\",\"name\":\"Chi bộ Cơ quan Mới\",\"memberIds\":[\"" + people.get(0) + "\",\""
                        + people.get(1) + "\",\"" + people.get(2) + "\"],\"childIds\":[]}]," + DECISION + "}"));
        long formed = split.get(0).path("id").asLong();
        JsonNode fromSplit =
                created(staff.post("/api/v1/congresses", plan(formed, 2025, 30, "MEMBERS", "2026-04-10", null)));
        assertThat(fromSplit.path("computedNumber").asInt()).isEqualTo(5);
        JsonNode sourceCongress =
                created(staff.post("/api/v1/congresses", plan(source, 2025, 30, "MEMBERS", "2026-04-10", null)));
        assertThat(sourceCongress.path("computedNumber").asInt())
                .as("the source continues its own count, not the new cell's")
                .isEqualTo(5);

        JsonNode overridden = created(staff.post(
                "/api/v1/congresses",
                plan(create(staff, committee, "CELL", "Chi bộ Ghi số khác"), 2025, 30, "MEMBERS", "2026-04-10", 3)
                        .replace("}", ",\"numberReason\":\"Theo hồ sơ lưu trữ của chi bộ\"}")));
        assertThat(overridden.path("congressNumber").asInt()).isEqualTo(3);
        assertThat(overridden.path("computedNumber").asInt()).isEqualTo(1);
        assertThat(overridden.path("numberReason").asString()).isEqualTo("Theo hồ sơ lưu trữ của chi bộ");
    }

    @Test
    void delegatesCredentialsSubstitutionAndDocuments() {
        ApiClient staff = loggedIn("tochuc");
        long committee = create(staff, staffScopeRoot(), "GRASSROOTS_COMMITTEE", "Đảng bộ Trường Đại hội");
        long cell = create(staff, committee, "CELL", "Chi bộ Giáo viên");
        List<UUID> people = members(cell, 6);
        JsonNode congress =
                created(staff.post("/api/v1/congresses", plan(committee, 2025, 60, "DELEGATES", "2026-04-20", null)));
        String base = "/api/v1/congresses/" + congress.path("id").asString();
        assertThat(congress.path("title").asString())
                .isEqualTo("Đại hội đại biểu Đảng bộ Trường Đại hội lần thứ I, nhiệm kỳ 2025–2030");

        UUID outsider = memberOutside(cell);
        ApiClient.Response foreign = staff.post(base + "/delegates", delegate(outsider, "OFFICIAL"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.code()).isEqualTo("congress.delegate.outside");
        for (int i = 0; i < 3; i++) {
            created(staff.post(base + "/delegates", delegate(people.get(i), "OFFICIAL")));
        }
        created(staff.post(base + "/delegates", delegate(people.get(3), "ALTERNATE")));
        JsonNode list = created(staff.post(base + "/delegates", delegate(people.get(4), "EX_OFFICIO")));
        assertThat(staff.post(base + "/delegates", delegate(people.get(4), "OFFICIAL"))
                        .code())
                .isEqualTo("congress.delegate.exists");
        assertThat(list.path("summoned").asInt()).isEqualTo(4);
        assertThat(list.path("pending").asInt()).isEqualTo(5);

        JsonNode second = byMember(list, people.get(1));
        JsonNode third = byMember(list, people.get(2));
        JsonNode alternate = byMember(list, people.get(3));
        ApiClient.Response noReason = staff.post(
                base + "/delegates/" + third.path("id").asString() + "/credential",
                "{\"status\":\"REJECTED\",\"version\":0}");
        assertThat(noReason.code()).isEqualTo("congress.credential.reason-required");
        ok(staff.post(
                base + "/delegates/" + third.path("id").asString() + "/credential",
                "{\"status\":\"REJECTED\",\"reason\":\"Đang bị xem xét kỷ luật\",\"version\":0}"));
        JsonNode substituted = ok(staff.post(
                base + "/delegates/" + alternate.path("id").asString() + "/substitution",
                "{\"officialId\":\"" + second.path("id").asString() + "\",\"version\":0}"));
        assertThat(byMember(substituted, people.get(1)).path("summoned").asBoolean())
                .isFalse();
        assertThat(byMember(substituted, people.get(3)).path("summoned").asBoolean())
                .isTrue();
        assertThat(byMember(substituted, people.get(1)).path("substitutedById").asString())
                .isEqualTo(alternate.path("id").asString());
        assertThat(substituted.path("summoned").asInt())
                .as("1 official, the alternate in the second's place, the ex officio")
                .isEqualTo(3);
        ApiClient.Response notSummoned = staff.post(
                base + "/delegates/" + third.path("id").asString() + "/attendance", "{\"present\":true,\"version\":1}");
        assertThat(notSummoned.code()).isEqualTo("congress.attendance.not-summoned");
        for (UUID person : List.of(people.get(0), people.get(3))) {
            JsonNode d = byMember(staff.get(base + "/delegates").json(), person);
            ok(staff.post(
                    base + "/delegates/" + d.path("id").asString() + "/attendance",
                    "{\"present\":true,\"version\":" + d.path("version").asLong() + "}"));
        }
        JsonNode counted = staff.get(base + "/delegates").json();
        assertThat(counted.path("attendance").asString()).isEqualTo("2/3 đại biểu được triệu tập có mặt");
        assertThat(audits("congress.delegates.read", congress.path("id").asString()))
                .isPositive();

        List<CongressDelegate> published =
                congresses.delegates(UUID.fromString(congress.path("id").asString()));
        assertThat(published).hasSize(5);
        assertThat(published.stream().filter(CongressDelegate::summoned)).hasSize(3);
        assertThat(published.stream().filter(CongressDelegate::present)).hasSize(2);

        // the roll of the congress's election is taken from the delegates as the credentials committee left them
        ApiClient.Response election = staff.post(
                "/api/v1/elections",
                "{\"orgUnitId\":" + committee + ",\"title\":\"Bầu Ban Chấp hành\",\"occasion\":\"DELEGATES_CONGRESS\","
                        + "\"body\":\"EXECUTIVE_COMMITTEE\",\"seats\":1,\"heldOn\":\"2026-04-20\"}");
        assertThat(election.status()).as(election.body()).isEqualTo(201);
        String electionPath = "/api/v1/elections/" + election.json().path("id").asString();
        JsonNode roll = ok(staff.post(
                electionPath + "/voters/from-congress",
                "{\"congressId\":\"" + congress.path("id").asString() + "\",\"version\":"
                        + election.json().path("version").asLong() + "}"));
        assertThat(roll.path("voters")).hasSize(3);
        JsonNode exOfficio = voter(roll, people.get(4));
        assertThat(exOfficio.path("kind").asString()).isEqualTo("CONVENING_COMMITTEE_MEMBER");
        assertThat(exOfficio.path("counts").asBoolean()).as("absent throughout").isFalse();
        assertThat(voter(roll, people.get(3)).path("kind").asString())
                .as("the alternate in an official delegate's place")
                .isEqualTo("OFFICIAL_DELEGATE");
        assertThat(roll.path("base").asInt()).isEqualTo(2);
        ApiClient.Response membersElection = staff.post(
                "/api/v1/elections",
                "{\"orgUnitId\":" + committee + ",\"title\":\"Bầu\",\"occasion\":\"MEMBERS_CONGRESS\","
                        + "\"body\":\"EXECUTIVE_COMMITTEE\",\"seats\":1,\"heldOn\":\"2026-04-20\"}");
        ApiClient.Response refused = staff.post(
                "/api/v1/elections/" + membersElection.json().path("id").asString() + "/voters/from-congress",
                "{\"congressId\":\"" + congress.path("id").asString() + "\",\"version\":0}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("election.roll.not-delegates-congress");

        JsonNode document = created(staff.post(
                "/api/v1/documents",
                "{\"orgUnitId\":" + committee + ",\"type\":\"BC\",\"issuerCode\":\"ĐU\",\"congress\":true,"
                        + "\"title\":\"Báo cáo chính trị trình Đại hội\",\"confidentiality\":\"INTERNAL\","
                        + "\"scope\":[{\"kind\":\"SUBTREE\",\"orgUnitId\":" + committee + "}]}"));
        JsonNode ordinary = created(staff.post(
                "/api/v1/documents",
                "{\"orgUnitId\":" + committee + ",\"type\":\"BC\",\"issuerCode\":\"ĐU\","
                        + "\"title\":\"Báo cáo thường kỳ\",\"confidentiality\":\"INTERNAL\","
                        + "\"scope\":[{\"kind\":\"SUBTREE\",\"orgUnitId\":" + committee + "}]}"));
        ApiClient.Response notCongress = staff.post(
                base + "/documents", "{\"documentId\":" + ordinary.path("id").asLong() + "}");
        assertThat(notCongress.code()).isEqualTo("congress.document.not-congress");
        ok(staff.post(
                base + "/documents", "{\"documentId\":" + document.path("id").asLong() + "}"));
        ok(staff.post(
                "/api/v1/documents/" + document.path("id").asLong() + "/publication",
                "{\"version\":" + document.path("version").asLong() + "}"));
        JsonNode documents = staff.get(base + "/documents").json();
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).path("number").asString())
                .as("the first document of the congress sequence")
                .isEqualTo("01-BC/ĐU");
    }

    @Test
    void seasonProgressCountsASubtreeAndDrillsToTheMissingOnes() {
        ApiClient staff = loggedIn("tochuc");
        long committee = create(staff, staffScopeRoot(), "GRASSROOTS_COMMITTEE", "Đảng bộ Khu công nghiệp Tiến độ");
        long held = create(staff, committee, "CELL", "Chi bộ Phân xưởng Một");
        long planned = create(staff, committee, "CELL", "Chi bộ Phân xưởng Hai");
        long late = create(staff, committee, "CELL", "Chi bộ Phân xưởng Ba");
        long none = create(staff, committee, "CELL", "Chi bộ Phân xưởng Bốn");
        JsonNode h = created(staff.post("/api/v1/congresses", plan(held, 2025, 60, "MEMBERS", "2026-02-25", null)));
        String heldPath = "/api/v1/congresses/" + h.path("id").asString();
        ok(staff.post(heldPath + "/announcement", announce("2026-01-05", "2026-02-25", 0)));
        ok(staff.post(heldPath + "/holding", hold(1)));
        created(staff.post("/api/v1/congresses", plan(planned, 2025, 60, "MEMBERS", "2026-04-01", null)));
        created(staff.post("/api/v1/congresses", plan(late, 2025, 60, "MEMBERS", "2026-02-01", null)));

        JsonNode progress = ok(staff.get("/api/v1/congresses/progress?orgUnitId=" + committee + "&season=2025"));
        JsonNode cells = level(progress, "CELL");
        assertThat(cells.path("organisations").asLong()).isEqualTo(4);
        assertThat(cells.path("held").asLong()).isEqualTo(1);
        assertThat(cells.path("planned").asLong()).isEqualTo(1);
        assertThat(cells.path("overdue").asLong())
                .as("a plan past its day, and no plan after the 30/6/2025 deadline")
                .isEqualTo(2);
        assertThat(cells.path("heldText").asString()).isEqualTo("1/4 (25 %)");
        assertThat(cells.path("deadline").asString()).isEqualTo("2025-06-30");
        assertThat(progress.path("total").path("heldText").asString()).isEqualTo("1/5 (20 %)");

        JsonNode missing = ok(staff.get("/api/v1/congresses/progress/missing?orgUnitId=" + committee + "&season=2025"));
        assertThat(missing.findValuesAsString("name"))
                .containsExactlyInAnyOrder(
                        "Đảng bộ Khu công nghiệp Tiến độ",
                        "Chi bộ Phân xưởng Hai",
                        "Chi bộ Phân xưởng Ba",
                        "Chi bộ Phân xưởng Bốn");
        JsonNode overdueCells = ok(staff.get("/api/v1/congresses/progress/missing?orgUnitId=" + committee
                + "&season=2025&kind=CELL&status=OVERDUE"));
        assertThat(overdueCells.findValuesAsString("unitId"))
                .containsExactlyInAnyOrder(Long.toString(late), Long.toString(none));

        JsonNode later = ok(staff.get("/api/v1/congresses/progress?orgUnitId=" + committee + "&season=2030"));
        assertThat(later.path("total").path("notPlanned").asLong())
                .as("no deadline set for 2030")
                .isEqualTo(5);
        assertThat(later.path("total").path("heldText").asString()).isEqualTo("0/5 (0 %)");

        ApiClient.Download pdf =
                staff.download("/api/v1/congresses/progress.pdf?orgUnitId=" + committee + "&season=2025");
        assertThat(pdf.status()).isEqualTo(200);
        String text = PdfText.of(pdf.bytes());
        assertThat(text)
                .contains("TIẾN ĐỘ ĐẠI HỘI")
                .contains("Chi bộ trực thuộc")
                .contains("1/5 (20 %)");
        ApiClient.Download xlsx =
                staff.download("/api/v1/congresses/progress.xlsx?orgUnitId=" + committee + "&season=2025");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(vn.dangvu.support.Sheets.rows(xlsx.bytes()).toString()).contains("Chi bộ trực thuộc");

        ApiClient secretary = loggedIn("bithu");
        assertThat(secretary
                        .get("/api/v1/congresses/progress?orgUnitId=" + committee + "&season=2025")
                        .status())
                .as("outside the secretary's cell")
                .isEqualTo(404);
        assertThat(secretary
                        .get("/api/v1/congresses/" + h.path("id").asString())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCellSecretaryPlansTheirOwnCellsCongressOnly() {
        ApiClient secretary = loggedIn("bithu");
        long own = secretaryCell();
        long other = unitOutside(pathOf(own), "CELL");
        ApiClient.Response foreign =
                secretary.post("/api/v1/congresses", plan(other, 2040, 30, "MEMBERS", "2040-03-01", null));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("org.unit.not-found");
        ApiClient.Response mine =
                secretary.post("/api/v1/congresses", plan(own, 2040, 30, "MEMBERS", "2040-03-01", null));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(secretary.get("/api/v1/congresses?season=2040").json().findValuesAsString("orgUnitId"))
                .containsOnly(Long.toString(own));
    }

    static String plan(long unit, int season, int months, String kind, String plannedOn, Integer number) {
        return "{\"orgUnitId\":" + unit + ",\"season\":" + season + ",\"termMonths\":" + months + ",\"kind\":\"" + kind
                + "\",\"plannedOn\":\"" + plannedOn + "\"" + (number == null ? "" : ",\"congressNumber\":" + number)
                + "}";
    }

    static String announce(String announcedOn, String opensOn, long version) {
        return "{\"announcedOn\":\"" + announcedOn + "\",\"opensOn\":\"" + opensOn + "\",\"version\":" + version + "}";
    }

    static String hold(long version) {
        return "{\"heldFrom\":\"2026-02-25\",\"heldTo\":\"2026-02-26\",\"attendanceSummoned\":5,"
                + "\"attendancePresent\":5,\"version\":" + version + "}";
    }

    static String delegate(UUID member, String category) {
        return "{\"memberId\":\"" + member + "\",\"category\":\"" + category
                + "\",\"electedBy\":\"Đại hội Chi bộ Giáo viên\"}";
    }

    static JsonNode voter(JsonNode election, UUID member) {
        for (JsonNode v : election.path("voters")) {
            if (v.path("memberId").asString().equals(member.toString())) {
                return v;
            }
        }
        throw new AssertionError("no voter " + member + " in " + election);
    }

    static JsonNode byMember(JsonNode list, UUID member) {
        for (JsonNode d : list.path("delegates")) {
            if (d.path("memberId").asString().equals(member.toString())) {
                return d;
            }
        }
        throw new AssertionError("no delegate " + member + " in " + list);
    }

    static JsonNode level(JsonNode progress, String kind) {
        for (JsonNode l : progress.path("levels")) {
            if (l.path("kind").asString().equals(kind)) {
                return l;
            }
        }
        throw new AssertionError("no level " + kind + " in " + progress);
    }

    static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> fields(ApiClient.Response response) {
        return response.json().path("errors").findValuesAsString("field");
    }

    long committeeInScope() {
        return unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
    }

    long create(ApiClient staff, long parent, String kind, String name) {
        ApiClient.Response created = staff.post(
                "/api/v1/org-units",
                "{\"parentId\":" + parent + ",\"kind\":\"" + kind + "\",\"code\":\"CGR." + SEQ.incrementAndGet() + "."
                        + System.identityHashCode(this) + "\",\"name\":\"" + name + "\"," + DECISION + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    void term(ApiClient staff, long unit, int number, String startsOn) {
        created(staff.post(
                "/api/v1/org-units/" + unit + "/terms",
                "{\"congressNumber\":" + number + ",\"startsOn\":\"" + startsOn + "\",\"lengthMonths\":30}"));
    }

    static long versionIn(JsonNode preview, long unitId) {
        for (JsonNode v : preview.path("versions")) {
            if (v.path("id").asLong() == unitId) {
                return v.path("version").asLong();
            }
        }
        throw new AssertionError("no version of " + unitId + " in " + preview);
    }

    /** Official members registered directly in the cell. */
    List<UUID> members(long cell, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                                ethnicity, status, admitted_on, version, created_at, updated_at)
                            VALUES (:id, :cell, :name, 'tran thi dai bieu', 'dai bieu tran thi', 'F', :birth,
                                    'KINH', 'OFFICIAL', :admitted, 0, :now, :now)""")
                    .param("id", id)
                    .param("cell", cell)
                    .param("name", "Trần Thị Đại Biểu " + (i + 1))
                    .param("birth", LocalDate.of(1985, 3, 8))
                    .param("admitted", LocalDate.of(2012, 5, 19))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            ids.add(id);
        }
        return ids;
    }

    long audits(String action, Object id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}

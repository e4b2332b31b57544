package vn.dangvu.conference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PdfText;
import vn.dangvu.support.PlatformTestBase;

/**
 * Conferences through the API on the test clock's 01/03/2026 (issue 6 points 1–3, issue 7 point 6; REGULATIONS §1.3,
 * §1.4, §7.1, §9): numbering and titles within a term, the page's agenda, groups, participants and drafts, opinions
 * with their answers and the summary, new versions citing accepted opinions, votes under the majority rule with the
 * adopted resolution issued as a numbered NQ document, consultations answered by subordinate organisations, and the
 * term work programme planned against held. Every scenario creates its own conference (or its own unit).
 */
abstract class ConferenceScenarios extends PlatformTestBase {

    static final String DECISION = "\"decisionNumber\":\"7-QĐ/ĐU\",\"decisionDate\":\"2026-01-05\","
            + "\"issuer\":\"Ban Thường vụ\",\"effectiveOn\":\"2026-01-05\"";

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Test
    void conferencesAreNumberedWithinTheBodysTermAndTitledInWords() {
        ApiClient tochuc = loggedIn("tochuc");
        long unit = freshCommitteeWithTerm(tochuc, "Đảng bộ bộ phận Khối Văn hóa " + SEQ.incrementAndGet(), 17);
        String name =
                tochuc.get("/api/v1/org-units/" + unit).json().path("name").asString();

        ApiClient.Response missing = tochuc.post("/api/v1/conferences", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("orgUnitId", "body", "kind", "heldOn");

        JsonNode first = plan(tochuc, unit, "EXECUTIVE_COMMITTEE", "REGULAR", "2026-01-15", "");
        assertThat(first.path("number").asInt()).isEqualTo(1);
        assertThat(first.path("congressNumber").asInt()).isEqualTo(17);
        assertThat(first.path("title").asString())
                .isEqualTo("Hội nghị lần thứ nhất Ban Chấp hành " + name + " khóa XVII");
        assertThat(audits("conference.plan", first.path("id").asString())).isEqualTo(1);
        JsonNode second = plan(tochuc, unit, "EXECUTIVE_COMMITTEE", "EXTRAORDINARY", "2026-02-03", "");
        assertThat(second.path("title").asString()).startsWith("Hội nghị lần thứ hai Ban Chấp hành");
        JsonNode standing = plan(tochuc, unit, "STANDING_COMMITTEE", "REGULAR", "2026-02-04", "");
        assertThat(standing.path("title").asString())
                .as("each body numbers its own")
                .isEqualTo("Hội nghị lần thứ nhất Ban Thường vụ " + name + " khóa XVII");
        for (int i = 3; i <= 4; i++) {
            plan(tochuc, unit, "EXECUTIVE_COMMITTEE", "REGULAR", "2026-02-1" + i, "");
        }
        JsonNode fifth = plan(
                tochuc,
                unit,
                "EXECUTIVE_COMMITTEE",
                "THEMATIC",
                "2026-02-20",
                ",\"topic\":\"Chuyển đổi số trong công tác Đảng\"");
        assertThat(fifth.path("title").asString()).startsWith("Hội nghị lần thứ năm Ban Chấp hành");

        ApiClient.Response noTopic =
                tochuc.post("/api/v1/conferences", body(unit, "EXECUTIVE_COMMITTEE", "THEMATIC", "2026-02-21", ""));
        assertThat(noTopic.status()).isEqualTo(422);
        assertThat(noTopic.code()).isEqualTo("conference.topic.required");
        ApiClient.Response cellBody =
                tochuc.post("/api/v1/conferences", body(unit, "CELL", "REGULAR", "2026-02-21", ""));
        assertThat(cellBody.status()).isEqualTo(422);
        assertThat(cellBody.code()).isEqualTo("conference.body.unit-kind");
        ApiClient.Response foreign = tochuc.post(
                "/api/v1/conferences",
                body(
                        unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE"),
                        "EXECUTIVE_COMMITTEE",
                        "REGULAR",
                        "2026-02-21",
                        ""));
        assertThat(foreign.status()).isEqualTo(404);
        long before = count("conference");
        assertThat(tochuc.post("/api/v1/conferences", body(unit, "CELL", "REGULAR", "2026-02-21", ""))
                        .status())
                .isEqualTo(422);
        assertThat(count("conference")).as("a refusal changes nothing").isEqualTo(before);

        List<String> listed = tochuc.get("/api/v1/conferences?orgUnitId=" + unit + "&body=EXECUTIVE_COMMITTEE")
                .json()
                .findValuesAsString("title");
        assertThat(listed).hasSize(5);
        assertThat(listed.get(0)).startsWith("Hội nghị lần thứ năm");
    }

    @Test
    void opinionsAreAnsweredSummarisedAndTakenInAndTheResolutionIsIssuedAsNq() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        long committee = parentOf(cell);
        JsonNode conference = plan(tochuc, committee, "STANDING_COMMITTEE", "REGULAR", "2026-02-26", "");
        String id = conference.path("id").asString();
        String base = "/api/v1/conferences/" + id;

        JsonNode withAgenda = tochuc.method(
                        "PUT",
                        base + "/agenda",
                        "application/json",
                        "{\"version\":0,\"items\":[{\"title\":\"Khai mạc\",\"presenter\":\"Bí thư\"},"
                                + "{\"title\":\"Thảo luận tổ\"}]}")
                .json();
        assertThat(withAgenda.path("agenda").findValuesAsString("title")).containsExactly("Khai mạc", "Thảo luận tổ");
        ApiClient.Response staleAgenda =
                tochuc.method("PUT", base + "/agenda", "application/json", "{\"version\":0,\"items\":[]}");
        assertThat(staleAgenda.status()).isEqualTo(409);

        String group1 = groupId(tochuc.post(base + "/groups", "{\"name\":\"Tổ 1\"}"), "Tổ 1");
        String group2 = groupId(tochuc.post(base + "/groups", "{\"name\":\"Tổ 2\"}"), "Tổ 2");
        assertThat(tochuc.post(base + "/groups", "{\"name\":\"Tổ 1\"}").status())
                .isEqualTo(409);

        UUID self = memberOfAccount(plainMemberLogin());
        List<UUID> others = officialsIn(cell, self, 2);
        String p1 = participant(
                tochuc,
                base,
                "{\"role\":\"BODY_MEMBER\",\"memberId\":\"" + self + "\",\"groupId\":\"" + group1
                        + "\",\"groupLeader\":true}",
                self.toString());
        String p2 = participant(
                tochuc,
                base,
                "{\"role\":\"BODY_MEMBER\",\"memberId\":\"" + others.get(0) + "\",\"groupId\":\"" + group2 + "\"}",
                others.get(0).toString());
        String p3 = participant(
                tochuc,
                base,
                "{\"role\":\"BODY_MEMBER\",\"memberId\":\"" + others.get(1) + "\",\"groupId\":\"" + group2 + "\"}",
                others.get(1).toString());
        JsonNode page = tochuc.post(
                        base + "/participants",
                        "{\"role\":\"GUEST\",\"fullName\":\"Nguyễn Văn Khách\","
                                + "\"positionTitle\":\"Đại diện Ban Tuyên giáo\"}")
                .json();
        assertThat(page.path("participants")).hasSize(4);
        ApiClient.Response twice =
                tochuc.post(base + "/participants", "{\"role\":\"BODY_MEMBER\",\"memberId\":\"" + self + "\"}");
        assertThat(twice.status()).isEqualTo(409);
        ApiClient.Response outsider = tochuc.post(
                base + "/participants",
                "{\"role\":\"BODY_MEMBER\",\"memberId\":\"" + memberOutsideSubtree(committee) + "\"}");
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.code()).isIn("conference.participant.outside-unit", "conference.participant.not-active");
        assertThat(page.path("groups").get(0).path("leaderName").asString()).isNotBlank();
        assertThat(page.path("base").asInt()).isEqualTo(3);
        for (String p : List.of(p1, p2, p3)) {
            present(tochuc, base, p, group(page, p), "PRESENT");
        }

        JsonNode withDraft = tochuc.post(
                        base + "/drafts",
                        "{\"title\":\"Dự thảo Nghị quyết về chuyển đổi số\","
                                + "\"responsible\":\"Phó Bí thư Thường trực\",\"text\":\"Mục 1. Mục tiêu…\"}")
                .json();
        String draft = withDraft.path("drafts").get(0).path("id").asString();
        assertThat(withDraft
                        .path("drafts")
                        .get(0)
                        .path("versions")
                        .get(0)
                        .path("number")
                        .asInt())
                .isEqualTo(1);

        ApiClient member = loggedIn(plainMemberLogin());
        JsonNode seen = member.get(base).json();
        assertThat(seen.path("participantId").asString()).isEqualTo(p1);
        assertThat(seen.path("manageable").asBoolean()).isFalse();
        JsonNode own = member.post(
                        base + "/opinions",
                        "{\"draftId\":\"" + draft + "\",\"section\":\"Mục 1\",\"participantId\":\"" + p2
                                + "\",\"text\":\"Đề nghị bổ sung chỉ tiêu số hóa hồ sơ đảng viên.\"}")
                .json();
        assertThat(own.path("participantId").asString())
                .as("a member speaks only for themselves")
                .isEqualTo(p1);
        assertThat(own.path("groupName").asString()).as("the delegate's group").isEqualTo("Tổ 1");
        ApiClient.Response memberAnswers = member.post(
                base + "/opinions/" + own.path("id").asString() + "/response",
                "{\"disposition\":\"ACCEPTED\",\"response\":\"x\",\"version\":0}");
        assertThat(memberAnswers.status()).isEqualTo(403);
        JsonNode second = tochuc.post(
                        base + "/opinions",
                        "{\"draftId\":\"" + draft + "\",\"participantId\":\"" + p2
                                + "\",\"text\":\"Làm rõ nguồn lực thực hiện.\"}")
                .json();
        JsonNode third = tochuc.post(
                        base + "/opinions",
                        "{\"draftId\":\"" + draft + "\",\"participantId\":\"" + p3
                                + "\",\"text\":\"Lùi thời hạn hoàn thành.\"}")
                .json();

        JsonNode accepted = tochuc.post(
                        base + "/opinions/" + own.path("id").asString() + "/response",
                        "{\"disposition\":\"ACCEPTED\",\"response\":\"Tiếp thu, bổ sung vào Mục 1.\",\"version\":0}")
                .json();
        assertThat(accepted.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("respondedBy").asString()).isEqualTo("tochuc");
        tochuc.post(
                base + "/opinions/" + second.path("id").asString() + "/response",
                "{\"disposition\":\"EXPLAINED\",\"response\":\"Nguồn lực đã nêu tại Mục 4.\",\"version\":0}");
        ApiClient.Response stale = tochuc.post(
                base + "/opinions/" + second.path("id").asString() + "/response",
                "{\"disposition\":\"RESERVED\",\"response\":\"x\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);

        JsonNode summary = member.get(base + "/opinions/summary").json();
        assertThat(summary.path("text").asString())
                .isEqualTo("3 đại biểu phát biểu tại 2 tổ, nêu 3 ý kiến; trong đó có 3 ý kiến về Dự thảo Nghị quyết"
                        + " về chuyển đổi số. Đã tiếp thu 1 ý kiến, giải trình 1 ý kiến, bảo lưu 0 ý kiến; còn 1 ý"
                        + " kiến chưa trả lời.");
        assertThat(summary.path("perGroup").findValuesAsString("label")).containsExactly("Tổ 1", "Tổ 2");
        assertThat(summary.path("perGroup").get(1).path("count").asInt()).isEqualTo(2);
        assertThat(summary.path("pending").asInt()).isEqualTo(1);
        assertThat(tochuc.get(base + "/opinions?groupId=" + group2).json()).hasSize(2);
        assertThat(tochuc.get(base + "/opinions?disposition=ACCEPTED").json()).hasSize(1);
        assertThat(tochuc.get(base + "/opinions?pending=true")
                        .json()
                        .get(0)
                        .path("id")
                        .asString())
                .isEqualTo(third.path("id").asString());

        ApiClient.Response citesExplained = tochuc.post(
                base + "/drafts/" + draft + "/versions",
                "{\"text\":\"v2\",\"opinionIds\":[\"" + second.path("id").asString() + "\"]}");
        assertThat(citesExplained.status()).isEqualTo(422);
        assertThat(citesExplained.code()).isEqualTo("conference.version.opinion-not-accepted");
        JsonNode v2 = tochuc.post(
                        base + "/drafts/" + draft + "/versions",
                        "{\"text\":\"Mục 1. Mục tiêu… số hóa hồ sơ\",\"note\":\"Tiếp thu ý kiến tổ 1\","
                                + "\"opinionIds\":[\"" + own.path("id").asString() + "\"]}")
                .json();
        JsonNode version2 = v2.path("drafts").get(0).path("versions").get(1);
        assertThat(version2.path("number").asInt()).isEqualTo(2);
        assertThat(version2.path("opinionIds").get(0).asString())
                .isEqualTo(own.path("id").asString());
        assertThat(tochuc.get(base + "/opinions?disposition=ACCEPTED")
                        .json()
                        .get(0)
                        .path("takenInVersion")
                        .asInt())
                .isEqualTo(2);

        ApiClient.Download pdf = tochuc.download(base + "/acceptance-report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(PdfText.of(pdf.bytes())).contains("TIẾP THU, GIẢI TRÌNH", "bổ sung vào Mục 1.", "Chưa trả lời.");
        ApiClient.Download xlsx = tochuc.download(base + "/acceptance-report.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");

        ApiClient.Response tooMany = tochuc.post(base + "/votes", vote(3, 1, 0));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.code()).isEqualTo("conference.vote.exceeds-present");
        JsonNode failed = tochuc.post(base + "/votes", vote(1, 1, 1)).json();
        assertThat(failed.path("base").asInt()).isEqualTo(3);
        assertThat(failed.path("adopted").asBoolean())
                .as("1 of 3 is not more than half")
                .isFalse();
        assertThat(failed.path("documentNumber").isNull()).isTrue();

        present(tochuc, base, p3, group2, "EXCUSED");
        JsonNode afterExcuse = tochuc.get(base).json();
        assertThat(afterExcuse.path("base").asInt())
                .as("an approved absence leaves the base")
                .isEqualTo(2);
        JsonNode half = tochuc.post(base + "/votes", vote(1, 1, 0)).json();
        assertThat(half.path("adopted").asBoolean()).as("exactly half fails").isFalse();
        JsonNode adopted = tochuc.post(base + "/votes", vote(2, 0, 0)).json();
        assertThat(adopted.path("adopted").asBoolean()).isTrue();
        assertThat(adopted.path("documentNumber").asString()).matches("\\d{2,}-NQ/ĐU");
        long documentId = adopted.path("documentId").asLong();
        JsonNode document = tochuc.get("/api/v1/documents/" + documentId).json();
        assertThat(document.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(document.path("number").asString())
                .isEqualTo(adopted.path("documentNumber").asString());
        assertThat(audits("conference.vote.record", adopted.path("id").asString()))
                .isEqualTo(1);

        JsonNode listed = member.get("/api/v1/conferences").json();
        assertThat(listed.findValuesAsString("id")).contains(id);
        assertThat(loggedIn("bithu").get("/api/v1/conferences").json().findValuesAsString("id"))
                .as("the cell secretary manages only the cell's conferences")
                .doesNotContain(id);
    }

    @Test
    void subordinateOrganisationsSendTheirCommentsToAConsultation() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        long committee = parentOf(cell);
        JsonNode consultation = plan(
                tochuc,
                committee,
                "EXECUTIVE_COMMITTEE",
                "CONSULTATION",
                "2026-03-20",
                ",\"title\":\"Góp ý dự thảo Báo cáo chính trị Đại hội\"");
        assertThat(consultation.path("number").isNull()).isTrue();
        assertThat(consultation.path("title").asString()).isEqualTo("Góp ý dự thảo Báo cáo chính trị Đại hội");
        String base = "/api/v1/conferences/" + consultation.path("id").asString();
        String draft = tochuc.post(base + "/drafts", "{\"title\":\"Dự thảo Báo cáo chính trị\"}")
                .json()
                .path("drafts")
                .get(0)
                .path("id")
                .asString();

        ApiClient bithu = loggedIn("bithu");
        assertThat(bithu.get("/api/v1/conferences").json().findValuesAsString("id"))
                .contains(consultation.path("id").asString());
        JsonNode sent = bithu.post(
                        base + "/opinions",
                        "{\"draftId\":\"" + draft + "\",\"speakerUnitId\":" + cell + ",\"section\":\"Phần II\","
                                + "\"text\":\"Bổ sung đánh giá công tác phát triển đảng viên.\"}")
                .json();
        assertThat(sent.path("speakerUnitId").asLong()).isEqualTo(cell);
        assertThat(sent.path("speakerName").asString()).isNotBlank();
        long sibling = siblingCell(cell);
        ApiClient.Response other = bithu.post(
                base + "/opinions", "{\"draftId\":\"" + draft + "\",\"speakerUnitId\":" + sibling + ",\"text\":\"x\"}");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("conference.opinion.unit-not-yours");
        ApiClient.Response vote = tochuc.post(base + "/votes", vote(1, 0, 0));
        assertThat(vote.status()).isEqualTo(422);
        assertThat(loggedIn(plainMemberLogin()).get(base).status())
                .as("a member not asked does not see it")
                .isEqualTo(404);
        assertThat(tochuc.get(base + "/opinions/summary").json().path("text").asString())
                .startsWith("1 tổ chức đảng góp ý, nêu 1 ý kiến");
    }

    @Test
    void theTermProgrammeIsReadAgainstTheConferencesHeld() {
        ApiClient tochuc = loggedIn("tochuc");
        long unit = freshCommitteeWithTerm(tochuc, "Đảng bộ bộ phận Khối Kinh tế " + SEQ.incrementAndGet(), 4);
        String query = "/api/v1/conference-programmes?orgUnitId=" + unit + "&body=EXECUTIVE_COMMITTEE";
        JsonNode empty = tochuc.get(query).json();
        assertThat(empty.path("id").isNull()).isTrue();
        JsonNode set = tochuc.method(
                        "PUT",
                        "/api/v1/conference-programmes",
                        "application/json",
                        "{\"orgUnitId\":" + unit + ",\"body\":\"EXECUTIVE_COMMITTEE\",\"plannedRegular\":20}")
                .json();
        String programme = set.path("id").asString();
        assertThat(set.path("plannedRegular").asInt()).isEqualTo(20);
        assertThat(set.path("expectedRegular").asInt())
                .as("term from 01/06/2025 to 01/06/2030: 273 of 1,826 days")
                .isEqualTo(2);
        assertThat(set.path("regularBehind").asBoolean()).isTrue();

        JsonNode items = tochuc.post(
                        "/api/v1/conference-programmes/" + programme + "/items",
                        "{\"kind\":\"THEMATIC_CONFERENCE\",\"title\":\"Công tác cán bộ\",\"plannedYear\":2025,"
                                + "\"plannedQuarter\":4}")
                .json();
        String item = items.path("items").get(0).path("id").asString();
        assertThat(items.path("items").get(0).path("behind").asBoolean()).isTrue();
        tochuc.post(
                "/api/v1/conference-programmes/" + programme + "/items",
                "{\"kind\":\"THEMATIC_RESOLUTION\",\"title\":\"Nghị quyết về chuyển đổi số\",\"plannedYear\":2026,"
                        + "\"plannedQuarter\":2}");
        ApiClient.Response outside = tochuc.post(
                "/api/v1/conference-programmes/" + programme + "/items",
                "{\"kind\":\"THEMATIC_RESOLUTION\",\"title\":\"x\",\"plannedYear\":2031,\"plannedQuarter\":1}");
        assertThat(outside.status()).isEqualTo(422);

        plan(tochuc, unit, "EXECUTIVE_COMMITTEE", "REGULAR", "2025-09-10", "");
        plan(tochuc, unit, "EXECUTIVE_COMMITTEE", "REGULAR", "2025-12-10", "");
        ApiClient.Response wrongKind = tochuc.post(
                "/api/v1/conferences",
                body(unit, "EXECUTIVE_COMMITTEE", "REGULAR", "2026-02-10", ",\"programmeItemId\":\"" + item + "\""));
        assertThat(wrongKind.status()).isEqualTo(422);
        plan(
                tochuc,
                unit,
                "EXECUTIVE_COMMITTEE",
                "THEMATIC",
                "2026-02-10",
                ",\"topic\":\"Công tác cán bộ\",\"programmeItemId\":\"" + item + "\"");
        JsonNode progress = tochuc.get(query).json();
        assertThat(progress.path("heldRegular").asInt()).isEqualTo(2);
        assertThat(progress.path("heldThematic").asInt()).isEqualTo(1);
        assertThat(progress.path("regularBehind").asBoolean()).isFalse();
        JsonNode done = progress.path("items").get(0);
        assertThat(done.path("done").asBoolean()).isTrue();
        assertThat(done.path("behind").asBoolean()).isFalse();
        assertThat(done.path("doneBy").asString()).startsWith("Hội nghị lần thứ ba Ban Chấp hành");
        assertThat(progress.path("items").get(1).path("behind").asBoolean())
                .as("Q2 2026 not over")
                .isFalse();
        ApiClient.Response stale = tochuc.method(
                "PUT",
                "/api/v1/conference-programmes",
                "application/json",
                "{\"orgUnitId\":" + unit + ",\"body\":\"EXECUTIVE_COMMITTEE\",\"plannedRegular\":26,\"version\":5}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(loggedIn("thuongtruc").get(query).status()).isIn(200, 404);
    }

    @Test
    void theDemoCityShowsTheCityCommitteesConferencesAndProgramme() {
        ApiClient vanphong = loggedIn("vanphong");
        long city = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        JsonNode list = vanphong.get("/api/v1/conferences?orgUnitId=" + city + "&body=EXECUTIVE_COMMITTEE")
                .json();
        assertThat(list.findValuesAsString("title"))
                .anySatisfy(t -> assertThat(t)
                        .startsWith("Hội nghị lần thứ")
                        .contains("Ban Chấp hành")
                        .endsWith("khóa XVII"));
        JsonNode latest = null;
        for (JsonNode row : list) {
            if (row.path("adopted").asLong() > 0) {
                latest = vanphong.get("/api/v1/conferences/" + row.path("id").asString())
                        .json();
            }
        }
        assertThat(latest).as(list.toString()).isNotNull();
        assertThat(latest.path("groups")).hasSize(4);
        assertThat(latest.path("votes").get(0).path("documentNumber").asString())
                .endsWith("-NQ/TU");
        JsonNode summary = vanphong.get(
                        "/api/v1/conferences/" + latest.path("id").asString() + "/opinions/summary")
                .json();
        assertThat(summary.path("text").asString()).contains("tại 4 tổ").contains("Đã tiếp thu 5 ý kiến");
        JsonNode programme = vanphong.get(
                        "/api/v1/conference-programmes?orgUnitId=" + city + "&body=EXECUTIVE_COMMITTEE")
                .json();
        assertThat(programme.path("plannedRegular").asInt()).isEqualTo(26);
        assertThat(programme.path("resolutionsAdopted").asInt()).isPositive();
        assertThat(programme.path("items").findValuesAsString("behind")).isNotEmpty();
    }

    // ----- helpers

    long freshCommitteeWithTerm(ApiClient staff, String name, int congress) {
        long parent = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        ApiClient.Response created = staff.post(
                "/api/v1/org-units",
                "{\"parentId\":" + parent + ",\"kind\":\"PARTIAL_COMMITTEE\",\"code\":\"CONF." + SEQ.incrementAndGet()
                        + "." + System.identityHashCode(this) + "\",\"name\":\"" + name + "\"," + DECISION + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        ApiClient.Response term = staff.post(
                "/api/v1/org-units/" + id + "/terms",
                "{\"congressNumber\":" + congress + ",\"startsOn\":\"2025-06-01\",\"lengthMonths\":60}");
        assertThat(term.status()).as(term.body()).isEqualTo(201);
        return id;
    }

    static String body(long unit, String body, String kind, String day, String more) {
        return "{\"orgUnitId\":" + unit + ",\"body\":\"" + body + "\",\"kind\":\"" + kind + "\",\"heldOn\":\"" + day
                + "\"" + more + "}";
    }

    static JsonNode plan(ApiClient staff, long unit, String body, String kind, String day, String more) {
        ApiClient.Response response = staff.post("/api/v1/conferences", body(unit, body, kind, day, more));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static String vote(int votesFor, int against, int abstentions) {
        return "{\"title\":\"Nghị quyết về chuyển đổi số\",\"method\":\"SHOW_OF_HANDS\",\"votesFor\":" + votesFor
                + ",\"against\":" + against + ",\"abstentions\":" + abstentions + ",\"issuerCode\":\"ĐU\"}";
    }

    static String groupId(ApiClient.Response response, String name) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        for (JsonNode g : response.json().path("groups")) {
            if (g.path("name").asString().equals(name)) {
                return g.path("id").asString();
            }
        }
        throw new AssertionError("no group " + name);
    }

    static String participant(ApiClient staff, String base, String json, String memberId) {
        ApiClient.Response response = staff.post(base + "/participants", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        for (JsonNode p : response.json().path("participants")) {
            if (p.path("memberId").asString().equals(memberId)) {
                return p.path("id").asString();
            }
        }
        throw new AssertionError("no participant " + memberId);
    }

    static String group(JsonNode page, String participantId) {
        for (JsonNode p : page.path("participants")) {
            if (p.path("id").asString().equals(participantId)) {
                return p.path("groupId").asString();
            }
        }
        throw new AssertionError("no participant " + participantId);
    }

    static void present(ApiClient staff, String base, String participantId, String groupId, String attendance) {
        JsonNode page = staff.get(base).json();
        long version = -1;
        for (JsonNode p : page.path("participants")) {
            if (p.path("id").asString().equals(participantId)) {
                version = p.path("version").asLong();
            }
        }
        ApiClient.Response response = staff.method(
                "PUT",
                base + "/participants/" + participantId,
                "application/json",
                "{\"attendance\":\"" + attendance + "\",\"groupId\":\"" + groupId + "\",\"version\":" + version + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    long siblingCell(long cell) {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id = :p AND id <> :c AND kind = 'CELL' ORDER BY id"
                        + " LIMIT 1")
                .param("p", parentOf(cell))
                .param("c", cell)
                .query(Long.class)
                .single();
    }

    UUID memberOfAccount(String username) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    List<UUID> officialsIn(long cell, UUID except, int n) {
        return new ArrayList<>(jdbc.sql("""
                        SELECT id FROM member WHERE org_unit_id = :cell AND status = 'OFFICIAL' AND id <> :except
                           AND id NOT IN (SELECT a.member_id FROM account a WHERE a.member_id IS NOT NULL
                                           AND a.username = 'bithu')
                         ORDER BY id LIMIT :n""")
                .param("cell", cell)
                .param("except", except)
                .param("n", n)
                .query(UUID.class)
                .list());
    }

    UUID memberOutsideSubtree(long unit) {
        return jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path NOT LIKE :p AND m.status = 'OFFICIAL' ORDER BY m.id LIMIT 1""").param("p", pathOf(unit) + "%").query(UUID.class).single();
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
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

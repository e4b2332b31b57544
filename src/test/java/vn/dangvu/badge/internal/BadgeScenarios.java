package vn.dangvu.badge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Membership age and Party badges through the API (REGULATIONS §4): the list of the next occasion (19/05/2026 from
 * the test clock's 01/03/2026), a cell's proposal, the committee's award, early and posthumous rules, gaps. Members
 * are registered here as arrivals from outside the registry with known admission dates, so that the lists do not
 * depend on the demo city's draw.
 */
abstract class BadgeScenarios extends PlatformTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    vn.dangvu.member.MembershipAges ages;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * A record without an admission decision has no membership age; a caller that takes the refusal as an answer (the
     * fee book, asked for the transfer letter within a transfer) keeps a transaction that commits. Before, the refusal
     * marked it rollback-only and the transfer failed.
     */
    @Test
    void aRefusedMembershipAgeLeavesTheCallersTransactionToCommit() {
        UUID candidate = jdbc.sql("SELECT id FROM member WHERE admitted_on IS NULL AND first_admitted_on IS NULL"
                        + " ORDER BY id LIMIT 1")
                .query(UUID.class)
                .single();
        vn.dangvu.shared.OrgScope everywhere =
                new vn.dangvu.shared.OrgScope(java.util.List.of(pathOf(cityRoot())), null);
        String answer = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
            try {
                ages.of(candidate, java.time.LocalDate.of(2026, 3, 1), everywhere);
                return "age";
            } catch (vn.dangvu.shared.DomainException refused) {
                return refused.code();
            }
        });
        assertThat(answer).isEqualTo("member.age.not-admitted");
    }

    private static final String OCCASION = "2026-05-19";

    @Test
    void aMemberReachingThirtyYearsIsListedProposedByTheCellAndAwardedByTheCommittee() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        UUID id = arrive(bithu, "Trần Văn Ba Mươi", "1996-05-19");

        JsonNode age = bithu.get("/api/v1/members/" + id + "/membership-age").json();
        assertThat(age.path("countedFrom").asString()).isEqualTo("1996-05-19");
        assertThat(age.path("official").asBoolean()).isTrue();
        assertThat(new int[] {
                    age.path("years").asInt(),
                    age.path("months").asInt(),
                    age.path("days").asInt()
                })
                .containsExactly(29, 9, 10);

        JsonNode list = bithu.get("/api/v1/badges/eligible?size=500").json();
        assertThat(list.path("occasion").asString()).isEqualTo(OCCASION);
        assertThat(list.path("nextOccasions").get(3).asString()).isEqualTo("2027-02-03");
        JsonNode row = row(list, id);
        assertThat(row).as("listed").isNotNull();
        assertThat(row.path("milestone").asInt()).isEqualTo(30);
        assertThat(row.path("kind").asString()).isEqualTo("NORMAL");
        assertThat(row.path("early").asBoolean()).isFalse();
        assertThat(row.path("reachesOn").asString()).isEqualTo(OCCASION);
        assertThat(count(list, 30)).isPositive();
        assertThat(list.path("counts").get(0).path("giftMultiple").asDouble()).isEqualTo(1.5);

        ApiClient.Response proposed = bithu.post("/api/v1/badges/awards", body(id, 30, "NORMAL", "PROPOSED", null));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().path("state").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.json().path("proposedBy").asString()).isEqualTo("bithu");
        JsonNode again = row(bithu.get("/api/v1/badges/eligible?size=500").json(), id);
        assertThat(again.path("proposal").path("id").asLong())
                .isEqualTo(proposed.json().path("id").asLong());

        ApiClient.Response secretaryAwards = bithu.post(
                "/api/v1/badges/awards",
                body(id, 30, "NORMAL", "AWARDED", null)
                        .replace("}", ",\"decisionNumber\":\"12-QĐ/ĐU\",\"decisionDate\":\"2026-02-27\"}"));
        assertThat(secretaryAwards.status()).isEqualTo(403);
        assertThat(secretaryAwards.code()).isEqualTo("badge.award.forbidden");

        ApiClient.Response awarded = tochuc.post(
                "/api/v1/badges/awards",
                body(id, 30, "NORMAL", "AWARDED", null)
                        .replace(
                                "}",
                                ",\"decisionNumber\":\"12-QĐ/ĐU\",\"decisionDate\":\"2026-02-27\","
                                        + "\"decisionBody\":\"Đảng ủy phường\",\"version\":0}"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        assertThat(awarded.json().path("state").asString()).isEqualTo("AWARDED");
        assertThat(awarded.json().path("awardedBy").asString()).isEqualTo("tochuc");
        assertThat(awarded.json().path("id").asLong())
                .isEqualTo(proposed.json().path("id").asLong());

        assertThat(row(bithu.get("/api/v1/badges/eligible?size=500").json(), id))
                .as("an awarded milestone is not listed again")
                .isNull();
        JsonNode badges = bithu.get("/api/v1/members/" + id + "/badges").json();
        assertThat(badges).hasSize(1);
        assertThat(badges.get(0).path("decisionNumber").asString()).isEqualTo("12-QĐ/ĐU");
        ApiClient.Response twice = tochuc.post(
                "/api/v1/badges/awards",
                body(id, 30, "NORMAL", "AWARDED", null)
                        .replace("}", ",\"decisionNumber\":\"13-QĐ/ĐU\",\"decisionDate\":\"2026-02-27\"}"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("badge.award.exists");
        assertThat(audits("badge.propose", id)).isEqualTo(1);
        assertThat(audits("badge.award", id)).isEqualTo(1);
        assertThat(audits("member.age.read", id)).isEqualTo(1);
    }

    @Test
    void earlyAwardsFollowTheirRulesAndARefusalChangesNothing() {
        ApiClient bithu = loggedIn("bithu");
        UUID id = arrive(bithu, "Lê Thị Sớm", "1996-07-19");
        long before = rows();

        ApiClient.Response normal = bithu.post("/api/v1/badges/awards", body(id, 30, "NORMAL", "PROPOSED", null));
        assertThat(normal.status()).isEqualTo(422);
        assertThat(normal.code()).isEqualTo("badge.age.not-reached");
        assertThat(normal.json().path("rule").asString()).contains("HD 01-HD/TW");
        assertThat(normal.json().path("errors").get(0).path("field").asString()).isEqualTo("milestone");

        ApiClient.Response noReason = bithu.post("/api/v1/badges/awards", body(id, 30, "ILLNESS", "PROPOSED", null));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString())
                .isEqualTo("reason");

        ApiClient.Response wrongDay = bithu.post(
                "/api/v1/badges/awards",
                body(id, 30, "NORMAL", "PROPOSED", null).replace(OCCASION, "2026-05-20"));
        assertThat(wrongDay.status()).isEqualTo(422);
        assertThat(wrongDay.code()).isEqualTo("badge.occasion.invalid");

        ApiClient.Response posthumous =
                bithu.post("/api/v1/badges/awards", body(id, 30, "POSTHUMOUS", "PROPOSED", "Gia đình đề nghị"));
        assertThat(posthumous.code()).isEqualTo("badge.kind.posthumous-living");
        assertThat(rows()).as("refusals write nothing").isEqualTo(before);

        assertThat(row(bithu.get("/api/v1/badges/eligible?size=500").json(), id))
                .isNull();
        JsonNode early =
                row(bithu.get("/api/v1/badges/eligible?early=true&size=500").json(), id);
        assertThat(early.path("early").asBoolean()).isTrue();
        assertThat(early.path("kind").asString()).isEqualTo("ILLNESS");
        assertThat(early.path("reachesOn").asString()).isEqualTo("2026-07-19");

        ApiClient.Response ill =
                bithu.post("/api/v1/badges/awards", body(id, 30, "ILLNESS", "PROPOSED", "Ốm nặng, điều trị dài ngày"));
        assertThat(ill.status()).as(ill.body()).isEqualTo(201);
        assertThat(ill.json().path("kind").asString()).isEqualTo("ILLNESS");
        assertThat(ill.json().path("reason").asString()).isEqualTo("Ốm nặng, điều trị dài ngày");
    }

    @Test
    void removalAndReAdmissionKeepTheFirstDecisionAndSubtractTheGap() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        UUID id = arrive(bithu, "Phạm Văn Kết Nạp Lại", "1990-03-01");
        step(
                tochuc,
                id,
                "{\"kind\":\"REMOVED\",\"effectiveDate\":\"2026-01-06\",\"ground\":\"INACTIVE_OR_UNPAID_FEES\","
                        + "\"decisionNumber\":\"5-QĐ/ĐU\",\"decisionDate\":\"2026-01-06\",\"decisionBody\":\"Đảng ủy\"");
        step(
                tochuc,
                id,
                "{\"kind\":\"READMITTED\",\"effectiveDate\":\"2026-02-02\","
                        + "\"decisionNumber\":\"9-QĐ/ĐU\",\"decisionDate\":\"2026-02-02\",\"decisionBody\":\"Đảng ủy\"");

        JsonNode age = bithu.get("/api/v1/members/" + id + "/membership-age").json();
        assertThat(age.path("countedFrom").asString()).as("the first decision").isEqualTo("1990-03-01");
        assertThat(age.path("official").asBoolean())
                .as("probation again after re-admission")
                .isFalse();
        assertThat(age.path("gaps")).hasSize(1);
        assertThat(age.path("gaps").get(0).path("kind").asString()).isEqualTo("REMOVED");
        assertThat(age.path("gaps").get(0).path("days").asInt()).isEqualTo(27);
        assertThat(age.path("gapDays").asInt()).isEqualTo(27);
        assertThat(new int[] {
                    age.path("years").asInt(),
                    age.path("months").asInt(),
                    age.path("days").asInt()
                })
                .containsExactly(35, 11, 1);
        assertThat(row(bithu.get("/api/v1/badges/eligible?early=true&size=500").json(), id))
                .as("not official: no age for badges")
                .isNull();
        ApiClient.Response refused = tochuc.post("/api/v1/badges/awards", body(id, 30, "NORMAL", "PROPOSED", null));
        assertThat(refused.code()).isEqualTo("badge.member.not-official");
    }

    @Test
    void aRecordedPeriodOutOfContactIsNotCounted() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        UUID id = arrive(bithu, "Đinh Văn Mất Liên Lạc", "1996-05-19");
        String gap =
                "{\"from\":\"2026-01-10\",\"until\":\"2026-02-10\",\"reason\":\"Không liên lạc được, không sinh hoạt\"}";
        assertThat(bithu.post("/api/v1/members/" + id + "/activity-gaps", gap).status())
                .as("the cell secretary does not record gaps")
                .isEqualTo(403);
        ApiClient.Response recorded = tochuc.post("/api/v1/members/" + id + "/activity-gaps", gap);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode gaps = recorded.json().path("gaps");
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).path("kind").asString()).isEqualTo("OUT_OF_CONTACT");
        assertThat(gaps.get(0).path("days").asInt()).isEqualTo(31);
        assertThat(row(bithu.get("/api/v1/badges/eligible?size=500").json(), id))
                .as("30 years reached 31 days later, on 19/06/2026")
                .isNull();
        assertThat(row(bithu.get("/api/v1/badges/eligible?early=true&size=500").json(), id)
                        .path("reachesOn")
                        .asString())
                .isEqualTo("2026-06-19");
        ApiClient.Response before =
                tochuc.post("/api/v1/members/" + id + "/activity-gaps", gap.replace("2026-01-10", "1990-01-10"));
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.code()).isEqualTo("member.gap.before-admission");
        assertThat(audits("member.gap.record", id)).isEqualTo(1);
    }

    @Test
    void aDeceasedMemberIsListedForAPosthumousAward() {
        ApiClient bithu = loggedIn("bithu");
        UUID id = arrive(bithu, "Nguyễn Văn Truy Tặng", "1986-06-01");
        step(bithu, id, "{\"kind\":\"DIED\",\"effectiveDate\":\"2026-01-15\"");
        JsonNode listed =
                row(bithu.get("/api/v1/badges/eligible?early=true&size=500").json(), id);
        assertThat(listed.path("milestone").asInt()).isEqualTo(40);
        assertThat(listed.path("kind").asString()).isEqualTo("POSTHUMOUS");
        assertThat(listed.path("early").asBoolean()).isTrue();
        assertThat(listed.path("diedOn").asString()).isEqualTo("2026-01-15");
        ApiClient.Response proposed =
                bithu.post("/api/v1/badges/awards", body(id, 40, "POSTHUMOUS", "PROPOSED", "Chi bộ đề nghị truy tặng"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    }

    @Test
    void listsStayInTheSubtreeAskedFor() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        JsonNode rows = tochuc.get("/api/v1/badges/eligible?early=true&size=500&orgUnitId=" + cell)
                .json();
        rows.path("members")
                .path("content")
                .forEach(r -> assertThat(r.path("orgUnitId").asLong()).isEqualTo(cell));
        ApiClient.Response wrong = tochuc.get("/api/v1/badges/eligible?occasion=2026-05-18");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.code()).isEqualTo("badge.occasion.invalid");
    }

    private UUID arrive(ApiClient client, String name, String admitted) {
        java.time.LocalDate decision = java.time.LocalDate.parse(admitted);
        ApiClient.Response response = client.post(
                "/api/v1/members",
                "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + secretaryCell() + ",\"fullName\":\"" + name
                        + "\",\"sex\":\"M\",\"birthDate\":\"1965-04-04\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\",\"admittedOn\":\""
                        + decision + "\",\"ceremonyDate\":\"" + decision.plusDays(10) + "\",\"officialOn\":\""
                        + decision.plusDays(10).plusYears(1) + "\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private void step(ApiClient client, UUID id, String bodyStart) {
        long version =
                client.get("/api/v1/members/" + id).json().path("version").asLong();
        ApiClient.Response response =
                client.post("/api/v1/members/" + id + "/events", bodyStart + ",\"version\":" + version + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static String body(UUID id, int milestone, String kind, String state, String reason) {
        return "{\"memberId\":\"" + id + "\",\"milestone\":" + milestone + ",\"occasion\":\"" + OCCASION
                + "\",\"kind\":\"" + kind + "\",\"state\":\"" + state + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private static JsonNode row(JsonNode list, UUID id) {
        for (JsonNode row : list.path("members").path("content")) {
            if (row.path("memberId").asString().equals(id.toString())) {
                return row;
            }
        }
        return null;
    }

    private static int count(JsonNode list, int milestone) {
        for (JsonNode c : list.path("counts")) {
            if (c.path("milestone").asInt() == milestone) {
                return c.path("total").asInt();
            }
        }
        return 0;
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM badge_award").query(Long.class).single();
    }

    private long audits(String action, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}

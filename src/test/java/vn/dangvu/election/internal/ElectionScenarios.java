package vn.dangvu.election.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PdfText;

/**
 * Elections through the API (QĐ 190-QĐ/TW, REGULATIONS §8): the worked example of a cell of 11 official members with
 * 10 present electing its committee on paper ballots entered twice by the counting committee — the list checks that
 * refuse the adoption, the reconciliation, 6 votes electing and 5 not, and a further round for the unfilled seat. Each
 * scenario creates its own election in the demo secretary's cell.
 */
abstract class ElectionScenarios extends ElectionTestBase {

    @Test
    void aCellOfElevenElectsItsCommitteeOnPaperBallots() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        ApiClient.Response missing = tochuc.post("/api/v1/elections", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("orgUnitId", "title", "occasion", "body", "seats", "heldOn");
        JsonNode e = create(tochuc, cell, "EXECUTIVE_COMMITTEE", 3);
        String id = e.path("id").asString();
        assertThat(e.path("state").asString()).isEqualTo("DRAFT");

        e = putRoll(tochuc, id, e.path("version").asLong());
        assertThat(e.path("base").asInt()).isEqualTo(10);
        assertThat(e.path("present").asInt()).isEqualTo(10);

        // five names for three seats: more than one extra for a body of 3 to 5 (Art. 14)
        e = putCandidates(tochuc, id, e.path("version").asLong(), List.of("A", "B", "C", "D", "E"), null);
        ApiClient.Response tooMany =
                step(tochuc, id, "ADOPT_LIST", e.path("version").asLong(), "");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.code()).isEqualTo("election.surplus.max");
        assertThat(tooMany.json().path("source").asString()).contains("Điều 14");

        // a floor nomination supported by 3 of 10 present does not stand (needs > 30 %)
        e = putCandidates(tochuc, id, e.path("version").asLong(), List.of("A", "B", "C", "D"), 3);
        assertThat(e.path("candidates").get(4).path("admitted").asBoolean()).isFalse();
        assertThat(checkOf(e, "election.nomination.support").path("passed").asBoolean())
                .isFalse();
        ApiClient.Response weakFloor =
                step(tochuc, id, "ADOPT_LIST", e.path("version").asLong(), "");
        assertThat(weakFloor.code()).isEqualTo("election.nomination.support");
        e = putCandidates(tochuc, id, e.path("version").asLong(), List.of("A", "B", "C", "D"), null);
        assertThat(checkOf(e, "election.surplus.convening").path("passed").asBoolean())
                .isTrue();
        ApiClient.Response stale = step(tochuc, id, "ADOPT_LIST", 0, "");
        assertThat(stale.status()).isEqualTo(409);
        e = step(tochuc, id, "ADOPT_LIST", e.path("version").asLong(), "").json();
        assertThat(e.path("state").asString()).isEqualTo("LIST_ADOPTED");
        assertThat(e.path("rounds").get(0).path("form").asString()).isEqualTo("STRIKE_OUT");

        ApiClient.Response tooManyBallots =
                step(tochuc, id, "OPEN_VOTING", e.path("version").asLong(), ",\"ballotsIssued\":11");
        assertThat(tooManyBallots.code()).isEqualTo("election.ballots.issued");
        e = step(tochuc, id, "OPEN_VOTING", e.path("version").asLong(), ",\"ballotsIssued\":10")
                .json();
        e = step(tochuc, id, "CLOSE_VOTING", e.path("version").asLong(), ",\"ballotsReturned\":10")
                .json();
        assertThat(e.path("state").asString()).isEqualTo("COUNTING");

        ApiClient first = loggedIn("bithu");
        ApiClient second = loggedIn(plainMemberLogin());
        JsonNode counterView = first.get("/api/v1/elections/" + id).json();
        assertThat(counterView.path("voters")).isEmpty();
        assertThat(counterView.path("candidates")).hasSize(4);
        // A 6, B 5, C 8, D 2 on nine valid ballots; ballot 10 keeps all four names (invalid)
        String[] ballots = {"KKKS", "KKKS", "KSKS", "KSKS", "KSKK", "KSKK", "SKKS", "SKKS", "SKSS", "KKKK"};
        for (int i = 0; i < ballots.length; i++) {
            assertThat(enter(first, id, i + 1, ballots[i]).status()).isEqualTo(200);
        }
        ApiClient.Response samePerson = enter(first, id, 1, ballots[0]);
        assertThat(samePerson.code()).isEqualTo("election.ballot.same-person");
        for (int i = 0; i < ballots.length; i++) {
            enter(second, id, i + 1, i == 8 ? "SKSK" : ballots[i]);
        }
        ApiClient.Response third = enter(second, id, 2, ballots[1]);
        assertThat(third.code()).isEqualTo("election.ballot.entered-twice");
        e = tochuc.get("/api/v1/elections/" + id).json();
        JsonNode round = e.path("rounds").get(0);
        assertThat(round.path("reconciled").asInt()).isEqualTo(9);
        assertThat(round.path("mismatched").get(0).asInt()).isEqualTo(9);
        ApiClient.Response early =
                step(tochuc, id, "ANNOUNCE", e.path("version").asLong(), "");
        assertThat(early.code()).isEqualTo("election.ballots.unreconciled");
        assertThat(second.method("DELETE", "/api/v1/elections/" + id + BALLOTS_PATH + "/9", "application/json", "")
                        .status())
                .isEqualTo(200);
        enter(first, id, 9, "SKSS");
        enter(second, id, 9, "SKSS");

        e = step(tochuc, id, "ANNOUNCE", e.path("version").asLong(), "").json();
        assertThat(e.path("state").asString()).isEqualTo("RESULTS_ANNOUNCED");
        round = e.path("rounds").get(0);
        assertThat(round.path("valid").asInt()).isEqualTo(9);
        assertThat(round.path("invalid").asInt()).isEqualTo(1);
        assertThat(round.path("unfilled").asInt()).isEqualTo(1);
        JsonNode results = round.path("results");
        assertThat(results.get(0).path("fullName").asString()).isEqualTo("Ứng cử viên C");
        assertThat(results.get(0).path("votes").asInt()).isEqualTo(8);
        assertThat(resultOf(results, "Ứng cử viên A").path("votes").asInt()).isEqualTo(6);
        assertThat(resultOf(results, "Ứng cử viên A").path("elected").asBoolean())
                .isTrue();
        assertThat(resultOf(results, "Ứng cử viên B").path("votes").asInt()).isEqualTo(5);
        assertThat(resultOf(results, "Ứng cử viên B").path("elected").asBoolean())
                .isFalse();

        ApiClient.Download minutes = tochuc.download("/api/v1/elections/" + id + "/minutes.pdf");
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(minutes.contentType()).startsWith("application/pdf");
        String text = PdfText.of(minutes.bytes()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("BIÊN BẢN KIỂM PHIẾU BẦU BAN CHẤP HÀNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số phiếu phát ra: 10")
                .contains("Số phiếu hợp lệ: 9", "Số phiếu không hợp lệ: 1", "Ứng cử viên A", "Bí thư, Đảng viên")
                .contains("Còn thiếu 1 người");
        assertThat(second.get("/api/v1/elections/" + id + "/minutes.pdf").status())
                .isEqualTo(403);

        e = step(tochuc, id, "FURTHER_ROUND", e.path("version").asLong(), "").json();
        assertThat(e.path("state").asString()).isEqualTo("LIST_ADOPTED");
        JsonNode second2 = e.path("rounds").get(1);
        assertThat(second2.path("seats").asInt()).isEqualTo(1);
        assertThat(second2.path("results")).hasSize(2);
        String ballot = PdfText.of(tochuc.download("/api/v1/elections/" + id + "/ballot.pdf")
                        .bytes())
                .replaceAll("\\s+", " ");
        assertThat(ballot)
                .contains("PHIẾU BẦU BAN CHẤP HÀNH", "Phiếu bầu lần 2", "Đồng chí Ứng cử viên B", "không quá 1");
        assertThat(ballot).doesNotContain("Ứng cử viên C");
        String first1 = PdfText.of(tochuc.download("/api/v1/elections/" + id + "/ballot.pdf?round=1")
                        .bytes())
                .replaceAll("\\s+", " ");
        assertThat(first1).contains("Đồng chí Ứng cử viên C", "gạch ngang", "không quá 3");
        assertThat(audits("election.results.announce", id)).isEqualTo(1);
        assertThat(audits("election.read", id)).isPositive();
    }

    @Test
    void theCountingCommitteeIsDrawnFromVotersWhoAreNotCandidatesAndOutsidersSeeNothing() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        JsonNode e = create(tochuc, cell, "SECRETARY", 1);
        String id = e.path("id").asString();
        e = putRoll(tochuc, id, e.path("version").asLong());
        UUID secretary = memberOfAccount("bithu");
        String list = "[{\"memberId\":\"" + secretary + "\",\"fullName\":\"Bí thư\",\"source\":\"CONVENING\"}]";
        e = tochuc.method(
                        "PUT",
                        "/api/v1/elections/" + id + "/candidates",
                        "application/json",
                        "{\"version\":" + e.path("version").asLong() + ",\"candidates\":" + list + "}")
                .json();
        assertThat(e.path("form").asString()).isEqualTo("YES_NO");
        String ballot = PdfText.of(tochuc.download("/api/v1/elections/" + id + "/ballot.pdf")
                        .bytes())
                .replaceAll("\\s+", " ");
        assertThat(ballot).contains("PHIẾU BẦU BÍ THƯ", "Đồng chí Bí thư", "Đồng ý", "Không đồng ý", "Đánh dấu X");
        ApiClient.Response refused =
                step(tochuc, id, "ADOPT_LIST", e.path("version").asLong(), "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("election.counting.candidate");

        ApiClient outsider = loggedIn(jdbc.sql("""
                        SELECT a.username FROM account a JOIN member m ON m.id = a.member_id
                         WHERE m.org_unit_id = :cell AND a.username NOT IN ('bithu', :plain) AND m.status = 'OFFICIAL'
                         ORDER BY a.username LIMIT 1""")
                .param("cell", cell)
                .param("plain", plainMemberLogin())
                .query(String.class)
                .single());
        assertThat(outsider.get("/api/v1/elections/" + id).status()).isEqualTo(404);
        ApiClient.Response notCounting = loggedIn("bithu")
                .post("/api/v1/elections/" + id + BALLOTS_PATH, "{\"ballotNumber\":1,\"marks\":\"Y\"}");
        assertThat(notCounting.code()).isEqualTo("election.state.wrong");
        long foreign = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response outside = tochuc.post(
                "/api/v1/elections",
                "{\"orgUnitId\":" + foreign
                        + ",\"title\":\"Bầu\",\"occasion\":\"MEMBERS_CONGRESS\",\"body\":\"SECRETARY\",\"seats\":1,"
                        + "\"heldOn\":\"2026-03-01\"}");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(tochuc.get("/api/v1/elections?orgUnitId=" + cell).json().findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void electronicVotingKeepsWhoVotedApartFromWhatWasVoted() {
        ApiClient tochuc = loggedIn("tochuc");
        JsonNode e = create(tochuc, secretaryCell(), "EXECUTIVE_COMMITTEE", 3);
        String id = e.path("id").asString();
        e = putRoll(tochuc, id, e.path("version").asLong());
        e = putCandidates(tochuc, id, e.path("version").asLong(), List.of("A", "B", "C", "D"), null);
        e = step(tochuc, id, "ADOPT_LIST", e.path("version").asLong(), "").json();
        JsonNode codes =
                tochuc.post("/api/v1/elections/" + id + "/voting-codes", "{}").json();
        assertThat(codes).hasSize(10);
        String secretaryCode = codeOf(codes, "Bí thư");
        String memberCode = codeOf(codes, "Đảng viên");
        assertThat(audits("election.tokens.issue", id)).isEqualTo(1);
        e = step(tochuc, id, "OPEN_VOTING", e.path("version").asLong(), ",\"ballotsIssued\":10")
                .json();

        ApiClient member = loggedIn(plainMemberLogin());
        JsonNode ballot = member.get("/api/v1/elections/" + id + "/e-ballot").json();
        assertThat(ballot.path("names")).hasSize(4);
        assertThat(ballot.path("form").asString()).isEqualTo("STRIKE_OUT");
        ApiClient.Response foreignCode = member.post(
                "/api/v1/elections/" + id + "/e-ballot", "{\"token\":\"" + secretaryCode + "\",\"marks\":\"KKKS\"}");
        assertThat(foreignCode.code()).isEqualTo("election.token.invalid");
        ApiClient.Response cast = member.post(
                "/api/v1/elections/" + id + "/e-ballot", "{\"token\":\"" + memberCode + "\",\"marks\":\"KKKS\"}");
        assertThat(cast.status()).as(cast.body()).isEqualTo(200);
        String receipt = cast.json().path("receipt").asString();
        ApiClient.Response twice = member.post(
                "/api/v1/elections/" + id + "/e-ballot", "{\"token\":\"" + memberCode + "\",\"marks\":\"KSKS\"}");
        assertThat(twice.code()).isEqualTo("election.token.invalid");
        ApiClient secretary = loggedIn("bithu");
        assertThat(secretary
                        .post(
                                "/api/v1/elections/" + id + "/e-ballot",
                                "{\"token\":\"" + secretaryCode.toLowerCase(java.util.Locale.ROOT)
                                        + "\",\"marks\":\"KSKS\"}")
                        .status())
                .isEqualTo(200);
        assertThat(member.get("/api/v1/elections/" + id + "/receipts/" + receipt)
                        .json()
                        .path("counted")
                        .asBoolean())
                .isTrue();
        assertThat(member.get("/api/v1/elections/" + id + "/receipts/AAAAA-BBBBB")
                        .json()
                        .path("counted")
                        .asBoolean())
                .isFalse();

        // the tables: a ballot row holds its random id, round, marks and receipt hash — no voter, token or time
        assertThat(columns("election_evote")).containsExactlyInAnyOrder("id", "round_id", "marks", "receipt_hash");
        assertThat(columns("election_token")).doesNotContain("evote_id", "used_at", "marks");
        List<String> tokenIds = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM election_token WHERE election_id = :e")
                .param("e", UUID.fromString(id))
                .query(String.class)
                .list();
        List<String> ballotRows = jdbc.sql("""
                        SELECT CAST(b.id AS VARCHAR(36)) || ' ' || b.marks || ' ' || b.receipt_hash FROM election_evote b
                          JOIN election_round r ON r.id = b.round_id WHERE r.election_id = :e""")
                .param("e", UUID.fromString(id))
                .query(String.class)
                .list();
        assertThat(ballotRows).hasSize(2);
        for (String row : ballotRows) {
            assertThat(tokenIds).noneMatch(row::contains);
            assertThat(row).doesNotContain(receipt);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM election_token WHERE election_id = :e AND used")
                        .param("e", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(audits("election.evote.cast", id)).isEqualTo(2);

        e = tochuc.get("/api/v1/elections/" + id).json();
        e = step(tochuc, id, "CLOSE_VOTING", e.path("version").asLong(), ",\"ballotsReturned\":0")
                .json();
        assertThat(e.path("rounds").get(0).path("returned").asInt()).isEqualTo(2);
        e = step(tochuc, id, "ANNOUNCE", e.path("version").asLong(), "").json();
        JsonNode round = e.path("rounds").get(0);
        assertThat(round.path("valid").asInt()).isEqualTo(2);
        assertThat(resultOf(round.path("results"), "Ứng cử viên A")
                        .path("votes")
                        .asInt())
                .isEqualTo(2);
        assertThat(resultOf(round.path("results"), "Ứng cử viên B")
                        .path("votes")
                        .asInt())
                .isEqualTo(1);
    }

    static String codeOf(JsonNode codes, String name) {
        for (JsonNode c : codes) {
            if (c.path("fullName").asString().equals(name)) {
                return c.path("code").asString();
            }
        }
        throw new AssertionError("no code for " + name);
    }

    List<String> columns(String table) {
        return jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = :t")
                .param("t", table)
                .query(String.class)
                .list();
    }
}

package vn.dangvu.election.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/** Steps of an election through the API, shared by the scenarios and the browser test. */
abstract class ElectionTestBase extends PlatformTestBase {

    static final String BALLOTS_PATH = "/ballot-entries";

    JsonNode create(ApiClient client, long cell, String body, int seats) {
        ApiClient.Response r = client.post(
                "/api/v1/elections",
                "{\"orgUnitId\":" + cell + ",\"title\":\"Bầu cấp ủy chi bộ nhiệm kỳ 2027–2030\","
                        + "\"occasion\":\"MEMBERS_CONGRESS\",\"body\":\"" + body + "\",\"seats\":" + seats
                        + ",\"heldOn\":\"2026-03-01\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** 11 official members, one absent with an approved reason; the two counters are the demo member accounts. */
    JsonNode putRoll(ApiClient client, String id, long version) {
        List<String> voters = new ArrayList<>();
        voters.add(voter(memberOfAccount("bithu"), "Bí thư", "NONE", true, true));
        voters.add(voter(memberOfAccount(plainMemberLogin()), "Đảng viên", "NONE", true, true));
        for (int i = 1; i <= 8; i++) {
            voters.add(voter(null, "Đảng viên " + i, "NONE", true, false));
        }
        voters.add(voter(null, "Đảng viên vắng", "ABSENT_WITH_APPROVED_REASON", false, false));
        ApiClient.Response r = client.method(
                "PUT",
                "/api/v1/elections/" + id + "/voters",
                "application/json",
                "{\"version\":" + version + ",\"voters\":[" + String.join(",", voters) + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static String voter(UUID member, String name, String exclusion, boolean present, boolean counter) {
        return "{" + (member == null ? "" : "\"memberId\":\"" + member + "\",") + "\"fullName\":\"" + name
                + "\",\"kind\":\"OFFICIAL_MEMBER\",\"exclusion\":\"" + exclusion + "\",\"present\":" + present
                + ",\"counter\":" + counter + "}";
    }

    JsonNode putCandidates(ApiClient client, String id, long version, List<String> names, Integer floorSupport) {
        List<String> list = new ArrayList<>();
        names.forEach(n -> list.add("{\"fullName\":\"Ứng cử viên " + n + "\",\"source\":\"CONVENING\"}"));
        if (floorSupport != null) {
            list.add("{\"fullName\":\"Ứng cử viên Z\",\"source\":\"FLOOR\",\"support\":" + floorSupport + "}");
        }
        ApiClient.Response r = client.method(
                "PUT",
                "/api/v1/elections/" + id + "/candidates",
                "application/json",
                "{\"version\":" + version + ",\"candidates\":[" + String.join(",", list) + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static ApiClient.Response step(ApiClient client, String id, String action, long version, String extra) {
        return client.post(
                "/api/v1/elections/" + id + "/steps",
                "{\"action\":\"" + action + "\",\"version\":" + version + extra + "}");
    }

    static ApiClient.Response enter(ApiClient client, String id, int number, String marks) {
        return client.post(
                "/api/v1/elections/" + id + BALLOTS_PATH,
                "{\"ballotNumber\":" + number + ",\"marks\":\"" + marks + "\"}");
    }

    static JsonNode checkOf(JsonNode election, String rule) {
        for (JsonNode c : election.path("checks")) {
            if (c.path("rule").asString().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no check " + rule);
    }

    static JsonNode resultOf(JsonNode results, String name) {
        for (JsonNode r : results) {
            if (r.path("fullName").asString().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no result " + name);
    }

    UUID memberOfAccount(String username) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
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

package vn.dangvu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.ApiOperations;
import vn.dangvu.support.PlatformTestBase;

/**
 * Hostile text in every free-text field of the writes whose text reaches screens and exports (issue 10 point 3): each
 * string field of a known-good body is replaced in turn by each {@link #VALUES hostile value}. The answer is a 2xx
 * with the text read back as sent (decomposed Vietnamese comes back composed, NFC: the API normalises every JSON text
 * it reads), or a 400/422 problem naming the field; never a 5xx, and a refused write leaves no row behind.
 */
abstract class HostileTextScenarios extends PlatformTestBase {

    static final String NFD_NAME = Normalizer.normalize("Nguyễn Thị Hồng Đức", Normalizer.Form.NFD);

    static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("script", "<script>alert(1)</script>");
        VALUES.put("html", "<img src=x onerror=alert(1)>");
        VALUES.put("rtl", "\u202Etên\u202C مرحبا שלום");
        VALUES.put("zero-width", "Chi\u200Bbộ\u200D\uFEFF");
        VALUES.put("10000 characters", "Đảngviên".repeat(1250));
        VALUES.put("NFD Vietnamese", NFD_NAME);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NUMBER = new AtomicInteger(9000);

    /** A known-good write: who sends it, where, the body ({@code %u} a unit, {@code %n} a fresh number). */
    record Write(String caller, String path, String table, String body) {}

    List<Write> writes() {
        long cell = secretaryCell();
        long committee = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        long city = cityRoot();
        List<Write> writes = new ArrayList<>();
        writes.add(new Write(
                "tochuc",
                "/api/v1/org-units",
                "org_unit",
                "{\"parentId\":" + committee + ",\"kind\":\"CELL\",\"code\":\"HOS.%n\",\"name\":\"Chi bộ Thử\","
                        + "\"decisionNumber\":\"125-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
                        + "\"issuer\":\"Ban Thường vụ Đảng ủy\",\"effectiveOn\":\"2026-02-25\"}"));
        writes.add(new Write(
                "bithu",
                "/api/v1/members",
                "member",
                "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + cell + ",\"fullName\":\"Trần Văn Bình\","
                        + "\"sex\":\"M\",\"birthDate\":\"2000-01-01\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\"}"));
        writes.add(new Write(
                "vanphong",
                "/api/v1/documents",
                "document",
                "{\"orgUnitId\":" + city + ",\"type\":\"HD\",\"issuerCode\":\"ĐU\",\"title\":\"Hướng dẫn\","
                        + "\"confidentiality\":\"PUBLIC\",\"scope\":[{\"kind\":\"CITY\"}]}"));
        writes.add(new Write(
                "bithu",
                "/api/v1/meetings",
                "meeting",
                "{\"orgUnitId\":" + cell + ",\"kind\":\"THEMATIC\",\"title\":\"Sinh hoạt chuyên đề\","
                        + "\"plannedStart\":\"2026-03-%dT12:00:00Z\",\"place\":\"Nhà văn hóa\"}"));
        writes.add(new Write(
                "member",
                "/api/v1/handbook/feedback",
                "handbook_feedback",
                "{\"kind\":\"QUESTION\",\"subject\":\"Hỏi về đảng phí\",\"body\":\"Mức đóng năm nay?\"}"));
        writes.add(new Write(
                "tiepdan",
                "/api/v1/petitions",
                "petition",
                "{\"receivedUnitId\":" + committee + ",\"petitionerName\":\"Trần Văn Dân\","
                        + "\"petitionerAddress\":\"Số 5 phố Hàng Bạc, Hà Nội\",\"petitionerPhone\":\"0912 345 678\","
                        + "\"channel\":\"RECEPTION_DAY\",\"receivedOn\":\"2026-02-27\","
                        + "\"subject\":\"Khiếu nại\",\"content\":\"Nội dung đơn.\"}"));
        writes.add(new Write(
                "vanphong",
                "/api/v1/programmes",
                "programme",
                "{\"issuingUnitId\":" + city + ",\"code\":\"%n-CTr/TU\",\"title\":\"Chương trình hành động\","
                        + "\"periodFrom\":\"2025-10-01\",\"periodTo\":\"2030-09-30\",\"goals\":\"Mục tiêu\","
                        + "\"committee\":[{\"fullName\":\"Nguyễn Văn Trưởng\",\"role\":\"HEAD\","
                        + "\"position\":\"Phó Bí thư\"}],\"documents\":[{\"label\":\"Nghị quyết Đại hội\"}]}"));
        writes.add(new Write(
                "tochuc",
                "/api/v1/elections",
                "election",
                "{\"orgUnitId\":" + cell + ",\"title\":\"Bầu cấp ủy\",\"occasion\":\"MEMBERS_CONGRESS\","
                        + "\"body\":\"SECRETARY\",\"seats\":1,\"heldOn\":\"2026-03-01\"}"));
        writes.add(new Write(
                "kiemtra",
                "/api/v1/inspection-cases",
                "inspection_case",
                "{\"commissionUnitId\":" + staffScopeRoot() + ",\"type\":\"INSPECTION_REGULAR\","
                        + "\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":" + committee
                        + ",\"title\":\"Kiểm tra việc thực hiện\"}"));
        return writes;
    }

    @Test
    void everyTextFieldTakesHostileTextOrNamesItsLimit() {
        List<String> failures = new ArrayList<>();
        int fields = 0;
        int calls = 0;
        List<Write> writes = writes();
        for (Write write : writes) {
            ApiClient caller = session(write.caller());
            ObjectNode template = (ObjectNode) JSON.readTree(fresh(write.body()));
            for (String field : textFields(template)) {
                fields++;
                for (Map.Entry<String, String> value : VALUES.entrySet()) {
                    calls++;
                    ObjectNode body = (ObjectNode) JSON.readTree(fresh(write.body()));
                    body.put(field, value.getValue());
                    long rows = count(write.table());
                    ApiClient.Response response = caller.post(write.path(), body.toString());
                    String problem = judge(caller, response, field, value.getValue());
                    if (response.status() >= 400 && count(write.table()) != rows) {
                        problem = "refused, yet a row was written";
                    }
                    if (problem != null) {
                        failures.add("POST " + write.path() + " " + field + " = " + value.getKey() + ": " + problem);
                    }
                }
            }
        }
        assertThat(failures)
                .as("%d writes, %d text fields, %d calls", writes.size(), fields, calls)
                .isEmpty();
    }

    private static String judge(ApiClient caller, ApiClient.Response response, String field, String sent) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            String expected = Normalizer.normalize(sent, Normalizer.Form.NFC);
            JsonNode stored = readBack(caller, response);
            List<String> texts = stored.findValuesAsString(field);
            if (texts.isEmpty()) {
                // kept with the record (an organisation's founding decision, say) but not part of what is read back
                return null;
            }
            return texts.contains(expected) ? null : "accepted, but read back as " + shorten(String.valueOf(texts));
        }
        if ((status == 400 || status == 422) && response.contentType().startsWith("application/problem+json")) {
            List<String> named = response.json().path("errors").findValuesAsString("field");
            return named.contains(field) ? null : "refused without naming the field: " + shorten(response.body());
        }
        return "status " + status + " " + shorten(response.body());
    }

    /** The stored record: the resource at {@code Location} when there is one, else the answer itself. */
    private static JsonNode readBack(ApiClient caller, ApiClient.Response response) {
        String location = response.headers().get("location");
        if (location != null) {
            String path = location.replaceFirst("^https?://[^/]+", "");
            ApiClient.Response read = caller.get(path);
            if (read.status() == 200) {
                return read.json();
            }
        }
        return response.json();
    }

    /** The top-level string fields of the body that hold free text (not enumerations, dates or codes). */
    private static List<String> textFields(ObjectNode body) {
        List<String> fields = new ArrayList<>();
        body.properties().forEach(entry -> {
            String value = entry.getValue().isString() ? entry.getValue().asString() : "";
            boolean enumeration = value.matches("[A-Z_]+");
            boolean date = value.matches("\\d{4}-\\d{2}-\\d{2}.*");
            boolean code = value.matches("HOS\\.\\d+|\\d+-CTr/TU|[0-9 ]+");
            if (!value.isEmpty() && !enumeration && !date && !code) {
                fields.add(entry.getKey());
            }
        });
        return fields;
    }

    private static String fresh(String body) {
        int n = NUMBER.getAndIncrement();
        return body.replace("%n", String.valueOf(n)).replace("%d", String.format("%02d", 2 + n % 27));
    }

    private final Map<String, ApiClient> sessions = new LinkedHashMap<>();

    ApiClient session(String who) {
        return sessions.computeIfAbsent(who, name -> loggedIn("member".equals(name) ? plainMemberLogin() : name));
    }

    long cityRoot() {
        return jdbc.sql("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'bantochuc' AND r.role = 'CITY_ORGANISATION'""").query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** Keeps the document's operations in view: the writes above are all JSON writes of the OpenAPI document. */
    @Test
    void theWritesAreOperationsOfTheDocument() {
        List<String> documented = ApiOperations.of(client()).stream()
                .filter(op -> op.spec().path("requestBody").path("content").has("application/json"))
                .map(ApiOperations.Operation::key)
                .toList();
        assertThat(documented)
                .contains(writes().stream().map(w -> "POST " + w.path()).toArray(String[]::new));
    }
}

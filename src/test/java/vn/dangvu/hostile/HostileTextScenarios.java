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
    /** Counts the fresh numbers, which are of four digits (codes take at most four): 1000 to 9999, then again. */
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private static final java.util.regex.Pattern VERSION_AT = java.util.regex.Pattern.compile("%v\\((/[^)]*)\\)");

    /**
     * Text fields of the document that take no hostile text, and why: secrets and codes that are checked against a
     * stored value and never shown. The lists of writes add their own ({@link RegistryHostileWrites#EXEMPT},
     * {@link WorkHostileWrites#EXEMPT}).
     */
    static final Map<String, String> EXEMPT = Map.of(
            "POST /api/v1/auth/login password", "a secret: compared with a hash, never shown or exported",
            "POST /api/v1/auth/login username", "looked up, never stored from the request",
            "POST /api/v1/auth/login/totp code", "a six-digit code compared, never stored",
            "POST /api/v1/account/password currentPassword", "a secret: compared with a hash, never shown",
            "POST /api/v1/account/password newPassword", "a secret: stored only as a hash, never shown",
            "POST /api/v1/account/totp/enrolment/confirmation code", "a six-digit code compared, never stored");

    private final HostileFixture fixture = new Fixture();

    List<HostileWrite> writes() {
        List<HostileWrite> writes = new ArrayList<>(RegistryHostileWrites.writes(fixture));
        writes.addAll(WorkHostileWrites.writes(fixture));
        return writes;
    }

    private static Map<String, String> exempt() {
        Map<String, String> all = new LinkedHashMap<>(EXEMPT);
        all.putAll(RegistryHostileWrites.EXEMPT);
        all.putAll(WorkHostileWrites.EXEMPT);
        return all;
    }

    @Test
    void everyTextFieldTakesHostileTextOrNamesItsLimit() {
        Map<String, List<String>> documented =
                OpenApiTextFields.of(client().get("/v3/api-docs").json());
        Map<String, String> exempt = exempt();
        List<String> failures = new ArrayList<>();
        int fields = 0;
        int calls = 0;
        List<HostileWrite> writes = writes();
        for (HostileWrite write : writes) {
            ApiClient caller = session(write.caller());
            JsonNode template = JSON.readTree(fresh(write.template(), caller, write));
            for (String field : documented.getOrDefault(write.operation(), List.of())) {
                if (exempt.containsKey(write.operation() + " " + field) || !JsonFields.has(template, field)) {
                    continue;
                }
                fields++;
                for (Map.Entry<String, String> value : VALUES.entrySet()) {
                    calls++;
                    HostileWrite.Call call = write.nextCall();
                    JsonNode body = JSON.readTree(fresh(call.body(), caller, write));
                    JsonFields.set(body, field, value.getValue());
                    long rows = rowsOf(write.table());
                    String before = write.readPath() == null
                            ? null
                            : caller.get(write.readPath()).body();
                    ApiClient.Response response =
                            caller.method(write.method(), call.path(), "application/json", body.toString());
                    String problem = judge(caller, response, field, value.getValue());
                    if (response.status() >= 400 && rowsOf(write.table()) != rows) {
                        problem = "refused, yet a row was written";
                    } else if (response.status() >= 400
                            && before != null
                            && !before.equals(caller.get(write.readPath()).body())) {
                        problem = "refused, yet the record changed";
                    }
                    if (problem != null) {
                        failures.add(write.operation() + " " + field + " = " + value.getKey() + ": " + problem);
                    }
                }
            }
        }
        assertThat(failures)
                .as("%d writes, %d text fields, %d calls", writes.size(), fields, calls)
                .isEmpty();
    }

    /**
     * Keeps "every text field" true as the API grows: each text field of each JSON write of the served document is
     * in the body of one of the writes above (and so tried with every hostile value), or exempt with a reason.
     */
    @Test
    void everyTextFieldOfTheDocumentIsTriedOrExempt() {
        Map<String, List<String>> documented =
                OpenApiTextFields.of(client().get("/v3/api-docs").json());
        Map<String, String> exempt = exempt();
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (HostileWrite write : writes()) {
            JsonNode template = JSON.readTree(fresh(write.template(), session(write.caller()), write));
            documented.getOrDefault(write.operation(), List.of()).stream()
                    .filter(field -> JsonFields.has(template, field))
                    .forEach(field -> tried.add(write.operation() + " " + field));
        }
        List<String> missing = new ArrayList<>();
        documented.forEach((operation, fields) -> fields.stream()
                .map(field -> operation + " " + field)
                .filter(key -> !tried.contains(key) && !exempt.containsKey(key))
                .forEach(missing::add));
        List<String> stale = exempt.keySet().stream()
                .filter(key -> {
                    int cut = key.lastIndexOf(' ');
                    return !documented
                            .getOrDefault(key.substring(0, cut), List.of())
                            .contains(key.substring(cut + 1));
                })
                .toList();
        assertThat(missing).as("text fields neither tried nor exempt").isEmpty();
        assertThat(stale).as("exemptions of fields the document does not have").isEmpty();
    }

    private static String judge(ApiClient caller, ApiClient.Response response, String field, String sent) {
        int status = response.status();
        String name = JsonFields.name(field);
        if (status >= 200 && status < 300) {
            String expected = Normalizer.normalize(sent, Normalizer.Form.NFC);
            JsonNode stored = readBack(caller, response);
            List<String> texts = new ArrayList<>();
            for (JsonNode found : stored.findValues(name)) {
                if (found.isArray()) {
                    // a list of texts (an agenda) is read back as an array
                    found.forEach(item -> texts.add(item.isString() ? item.asString() : item.toString()));
                } else {
                    texts.add(found.asString());
                }
            }
            if (texts.isEmpty()) {
                // kept with the record (an organisation's founding decision, say) but not part of what is read back
                return null;
            }
            // a text kept under another name (a dismissal's reason as the proposal's closedReason) counts too
            return texts.contains(expected) || holds(stored, expected)
                    ? null
                    : "accepted, but read back as " + shorten(String.valueOf(texts));
        }
        if ((status == 400 || status == 422) && response.contentType().startsWith("application/problem+json")) {
            List<String> named = response.json().path("errors").findValuesAsString("field");
            boolean names = named.stream()
                    .anyMatch(f -> f.equals(name)
                            || f.endsWith("." + name)
                            || f.equals(field)
                            || JsonFields.name(f.replaceAll("\\[\\d+]", "[]")).equals(name));
            return names ? null : "refused without naming the field: " + shorten(response.body());
        }
        return "status " + status + " " + shorten(response.body());
    }

    private static boolean holds(JsonNode node, String text) {
        if (node.isString()) {
            return node.asString().equals(text);
        }
        for (JsonNode child : node) {
            if (holds(child, text)) {
                return true;
            }
        }
        return false;
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
        return response.body().isBlank() ? JSON.createObjectNode() : response.json();
    }

    /**
     * The body with its placeholders filled: {@code %n} a fresh number, {@code %d} a day of the month, {@code %v} the
     * version of the record at the write's {@code readPath} (an update sends the version it read), {@code %v(/pointer)}
     * the version at that JSON pointer of it (a part with its own version, such as a programme's task); the values of a
     * fresh record ({@code %0}, {@code %s}) are already in ({@link HostileWrite#nextCall}).
     */
    private static String fresh(String body, ApiClient caller, HostileWrite write) {
        int n = freshNumber();
        String filled = body.replace("%n", String.valueOf(n)).replace("%d", String.format("%02d", 2 + n % 27));
        java.util.regex.Matcher pointer = VERSION_AT.matcher(filled);
        if (pointer.find() && write.readPath() != null) {
            JsonNode read = caller.get(write.readPath()).json();
            filled = pointer.replaceAll(m -> read.at(m.group(1)).asString());
        }
        if (filled.contains("%v") && write.readPath() != null) {
            filled = filled.replace(
                    "%v", caller.get(write.readPath()).json().path("version").asString());
        }
        return filled;
    }

    private static int freshNumber() {
        return 1000 + NUMBER.getAndIncrement() % 9000;
    }

    private final Map<String, ApiClient> sessions = new LinkedHashMap<>();

    ApiClient session(String who) {
        return sessions.computeIfAbsent(who, name -> loggedIn("member".equals(name) ? plainMemberLogin() : name));
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The writes above are all JSON writes of the served document. */
    @Test
    void theWritesAreOperationsOfTheDocument() {
        List<String> documented = ApiOperations.of(client()).stream()
                .filter(op -> op.spec().path("requestBody").path("content").has("application/json"))
                .map(ApiOperations.Operation::key)
                .toList();
        assertThat(documented)
                .contains(writes().stream().map(HostileWrite::operation).toArray(String[]::new));
    }

    /** The fixture the lists of writes set their records up with. */
    private final class Fixture implements HostileFixture {

        @Override
        public ApiClient session(String who) {
            return HostileTextScenarios.this.session(who);
        }

        @Override
        public org.springframework.jdbc.core.simple.JdbcClient jdbc() {
            return jdbc;
        }

        @Override
        public long secretaryCell() {
            return HostileTextScenarios.this.secretaryCell();
        }

        @Override
        public long staffScopeRoot() {
            return HostileTextScenarios.this.staffScopeRoot();
        }

        @Override
        public long cityRoot() {
            return HostileTextScenarios.this.cityRoot();
        }

        @Override
        public long unitInStaffScope(String kind) {
            return unitInside(pathOf(staffScopeRoot()), kind);
        }

        @Override
        public int freshNumber() {
            return HostileTextScenarios.freshNumber();
        }
    }
}

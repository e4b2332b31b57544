package vn.dangvu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.dangvu.shared.Role;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.ApiOperations;
import vn.dangvu.support.ApiOperations.Operation;
import vn.dangvu.support.PlatformTestBase;

/**
 * SQL injection (issue 10 point 3): every query parameter of every operation of the OpenAPI document receives each
 * probe below, sent by a caller the operation accepts, on real ids for reads. Each answer is a success or a 4xx problem
 * detail, never a 5xx; no body names SQL, JDBC, an exception or a stack frame; no call waits for a {@code pg_sleep};
 * and the members and organisations are all still there afterwards. Writes get stand-in ids, so a probe that were to
 * slip through would meet no row.
 */
abstract class SqlInjectionScenarios extends PlatformTestBase {

    static final List<String> PROBES = List.of(
            "' OR 1=1--",
            "1; DROP TABLE member",
            "%' AND pg_sleep(5)--",
            "\u0000",
            "x' OR 'a'='a' UNION SELECT password_hash FROM account--".repeat(40),
            "Nguyễn'); DELETE FROM org_unit;--\u202E\u200B\uD835\uDD18");

    /** A probe that made the database sleep takes at least five seconds; every honest call here takes far less. */
    private static final long BOUND_MILLIS = 5_000;

    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)sql ?(state|exception|grammar|syntax)|bad sql|jdbc|exception|stack ?trace"
                    + "|\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|org\\.h2|org\\.postgresql|org\\.springframework|syntax error");

    /** Whom to ask first: the city organisation department sees the most; others where it is not accepted. */
    private static final List<String> CALLERS =
            List.of("bantochuc", "vanphong", "thuongtruc", "kiemtra", "tiepdan", "admin", "tochuc", "bithu", "member");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, ApiClient> sessions = new LinkedHashMap<>();

    @Test
    void everyQueryParameterWithstandsInjectionProbes() {
        long members = rowsOf("member");
        long units = rowsOf("org_unit");
        long accounts = rowsOf("account");
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int parameters = 0;
        int calls = 0;
        for (Operation op : ApiOperations.of(client())) {
            List<JsonNode> query = op.parameters("query");
            if (query.isEmpty()) {
                continue;
            }
            operations++;
            ApiClient caller = session(callerOf(op));
            String path = "GET".equals(op.method()) ? realPath(op.path()) : ApiOperations.fill(op.path());
            for (JsonNode parameter : query) {
                parameters++;
                for (String probe : PROBES) {
                    calls++;
                    String url = path + "?"
                            + queryString(query, parameter.path("name").asString(), probe);
                    long start = System.nanoTime();
                    ApiClient.Response response = call(caller, op.method(), url);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    String problem = judge(response, millis);
                    if (problem != null) {
                        failures.add(op.key() + " ?" + parameter.path("name").asString() + "=" + shorten(probe) + ": "
                                + problem);
                    }
                }
            }
        }
        String probed = operations + " operations, " + parameters + " query parameters, " + calls + " calls";
        assertThat(failures).as("probed " + probed).isEmpty();
        assertThat(operations).as("probed " + probed).isGreaterThanOrEqualTo(70);
        assertThat(rowsOf("member")).as("members after " + probed).isEqualTo(members);
        assertThat(rowsOf("org_unit")).as("organisations after " + probed).isEqualTo(units);
        assertThat(rowsOf("account")).as("accounts after " + probed).isEqualTo(accounts);
    }

    private static String judge(ApiClient.Response response, long millis) {
        if (millis >= BOUND_MILLIS) {
            return "took " + millis + " ms";
        }
        if (response.status() >= 500) {
            return "status " + response.status() + " " + shorten(response.body());
        }
        if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
            return "status " + response.status() + " without a problem detail: " + response.contentType();
        }
        boolean text = response.contentType().contains("json")
                || response.contentType().startsWith("text/");
        if (text && INTERNALS.matcher(response.body()).find()) {
            return "the body names the internals: " + shorten(response.body());
        }
        return null;
    }

    private static ApiClient.Response call(ApiClient client, String method, String url) {
        if ("GET".equals(method)) {
            if (url.contains(".pdf?") || url.contains(".xlsx?")) {
                ApiClient.Download file = client.download(url);
                return new ApiClient.Response(file.status(), file.contentType(), file.text(), file.headers());
            }
            return client.get(url);
        }
        return client.method(method, url, "application/json", "{}");
    }

    private String queryString(List<JsonNode> query, String probed, String probe) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : query) {
            String name = parameter.path("name").asString();
            if (name.equals(probed)) {
                pairs.add(name + "=" + URLEncoder.encode(probe, StandardCharsets.UTF_8));
            } else if (parameter.path("required").asBoolean()) {
                pairs.add(name + "=" + URLEncoder.encode(validValue(parameter), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", pairs);
    }

    /** A value the parameter accepts, so that the probed one is the only thing wrong with the call. */
    private String validValue(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asString();
        }
        String name = parameter.path("name").asString();
        return switch (name) {
            case "orgUnitId", "unitId" -> String.valueOf(cityRoot());
            case "committeeUnitId" ->
                String.valueOf(jdbc.sql("SELECT committee_unit_id FROM grassroots_committee_member ORDER BY id LIMIT 1")
                        .query(Long.class)
                        .optional()
                        .orElse(cityRoot()));
            case "season", "year" -> "2026";
            case "month" -> "2026-03";
            case "from", "date", "asOf" -> "2026-01-01";
            case "to" -> "2026-03-01";
            case "days" -> "5";
            case "version" -> "0";
            case "q" -> "Nguyễn";
            case "title" -> "Tài liệu";
            default -> "1";
        };
    }

    /** The path with real ids of the demo city for the resources the operation reads. */
    private String realPath(String template) {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("/api/v1/conferences/{id}", "conference");
        tables.put("/api/v1/documents/{id}", "document");
        tables.put("/api/v1/elections/{id}", "election");
        tables.put("/api/v1/evaluations/cycles/{id}", "duty_evaluation_cycle");
        tables.put("/api/v1/fees/members/{id}", "member");
        tables.put("/api/v1/members/{id}", "member");
        tables.put("/api/v1/grassroots-work/committee-members/{id}", "grassroots_committee_member");
        tables.put("/api/v1/programmes/{id}", "programme");
        for (Map.Entry<String, String> entry : tables.entrySet()) {
            if (template.startsWith(entry.getKey())) {
                String id = jdbc.sql("SELECT CAST(id AS VARCHAR(40)) FROM " + entry.getValue() + " ORDER BY id LIMIT 1")
                        .query(String.class)
                        .single();
                return ApiOperations.fill(template.replace("{id}", id));
            }
        }
        if (template.startsWith("/api/v1/org-units/{id}")) {
            return ApiOperations.fill(template.replace("{id}", String.valueOf(cityRoot())));
        }
        return ApiOperations.fill(template);
    }

    private String callerOf(Operation op) {
        Role[] allowed = ApiOperations.allowedRoles(mappings, op.method(), op.path());
        if (allowed == null) {
            return CALLERS.get(0);
        }
        Set<Role> accepted = Set.copyOf(Arrays.asList(allowed));
        return CALLERS.stream()
                .filter(who -> ApiOperations.DEMO_ROLES.get(who).stream().anyMatch(accepted::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo account may call " + op.key()));
    }

    private ApiClient session(String who) {
        return sessions.computeIfAbsent(who, name -> loggedIn("member".equals(name) ? plainMemberLogin() : name));
    }

    private static String shorten(String text) {
        String printable = text.replace("\u0000", "\\0");
        return printable.length() <= 160 ? printable : printable.substring(0, 160) + "…";
    }
}

package vn.dangvu.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/**
 * The operations of the application's OpenAPI document, for suites that must cover every one of them (authorization,
 * hostile input): their parameters, the demo accounts that may call them, and stand-in values for path variables.
 */
public final class ApiOperations {

    /** The demo accounts and their roles ({@code member} stands for a plain member of the secretary's cell). */
    public static final Map<String, Set<Role>> DEMO_ROLES = new LinkedHashMap<>();

    static {
        DEMO_ROLES.put("member", EnumSet.of(Role.MEMBER));
        DEMO_ROLES.put("bithu", EnumSet.of(Role.MEMBER, Role.CELL_SECRETARY));
        DEMO_ROLES.put("tochuc", EnumSet.of(Role.ORG_STAFF));
        DEMO_ROLES.put("bantochuc", EnumSet.of(Role.CITY_ORGANISATION));
        DEMO_ROLES.put("vanphong", EnumSet.of(Role.CITY_OFFICE));
        DEMO_ROLES.put("kiemtra", EnumSet.of(Role.INSPECTION));
        DEMO_ROLES.put("thuongtruc", EnumSet.of(Role.LEADERSHIP));
        DEMO_ROLES.put("tiepdan", EnumSet.of(Role.PETITION_STAFF));
        DEMO_ROLES.put("admin", EnumSet.of(Role.ADMIN));
    }

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private ApiOperations() {}

    /** One operation of the document with its specification (parameters, request body). */
    public record Operation(String method, String path, JsonNode spec) {
        public String key() {
            return method + " " + path;
        }

        public List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asString())) {
                    found.add(p);
                }
            });
            return found;
        }
    }

    /** Every operation of the document the application serves. */
    public static List<Operation> of(ApiClient client) {
        JsonNode paths = client.get("/v3/api-docs").json().path("paths");
        List<Operation> ops = new ArrayList<>();
        paths.properties()
                .forEach(entry -> entry.getValue().properties().forEach(m -> {
                    if (METHODS.contains(m.getKey())) {
                        ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), entry.getKey(), m.getValue()));
                    }
                }));
        return ops;
    }

    /** The path with every variable replaced by a well-formed id that names nothing. */
    public static String fill(String path) {
        return path.replace("{id}", "1")
                .replace("{eventId}", "1")
                .replace("{attachmentId}", "1")
                .replace("{documentId}", "00000000-0000-0000-0000-000000000001")
                .replace("{date}", "2026-01-01")
                .replace("{kind}", "MEMBERS")
                .replace("{materialId}", "00000000-0000-0000-0000-000000000002")
                .replace("{invitationId}", "00000000-0000-0000-0000-000000000003")
                .replace("{cycleId}", "00000000-0000-0000-0000-000000000002")
                .replace("{entryId}", "00000000-0000-0000-0000-000000000003")
                .replace("{basisId}", "1")
                .replace("{reliefId}", "1")
                .replace("{appealId}", "00000000-0000-0000-0000-000000000004")
                .replace("{itemId}", "00000000-0000-0000-0000-000000000005")
                .replace("{indicatorId}", "00000000-0000-0000-0000-000000000005")
                .replace("{taskId}", "00000000-0000-0000-0000-000000000006")
                .replace("{participantId}", "00000000-0000-0000-0000-000000000007")
                .replace("{draftId}", "00000000-0000-0000-0000-000000000008")
                .replace("{opinionId}", "00000000-0000-0000-0000-000000000009")
                .replace("{ballotNumber}", "1")
                .replace("{receipt}", "AAAAA-BBBBB")
                .replace("{delegateId}", "00000000-0000-0000-0000-00000000000a");
    }

    /** The controller method that serves {@code method path}. */
    public static HandlerMethod handler(RequestMappingHandlerMapping mappings, String method, String path) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            boolean samePath = info.getPatternValues().contains(path);
            boolean sameMethod = info.getMethodsCondition().getMethods().stream()
                    .anyMatch(m -> m.name().equals(method));
            if (samePath && sameMethod) {
                return entry.getValue();
            }
        }
        throw new AssertionError("no handler for " + method + " " + path);
    }

    /** The roles {@code @Allowed} on the handler (or its controller) accepts; null when it declares none. */
    public static Role[] allowedRoles(RequestMappingHandlerMapping mappings, String method, String path) {
        HandlerMethod handler = handler(mappings, method, path);
        Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Allowed.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Allowed.class);
        }
        return allowed == null ? null : allowed.value();
    }
}

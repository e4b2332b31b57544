package vn.dangvu.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The free-text fields of every JSON write of the OpenAPI document: string properties of the request body that are
 * neither enumerations nor dates, times, UUIDs or numbers, found through nested objects ({@code a.b}) and arrays
 * ({@code a[].b}, {@code a[]} for an array of strings).
 */
final class OpenApiTextFields {

    private static final Set<String> NOT_TEXT = Set.of("date", "date-time", "uuid", "binary", "int64", "int32");
    private static final Set<String> WRITES = Set.of("post", "put", "patch");

    private final JsonNode schemas;

    private OpenApiTextFields(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    /** Operation ({@code POST /api/v1/meetings}) to its text fields, in the document's order. */
    static Map<String, List<String>> of(JsonNode document) {
        OpenApiTextFields fields = new OpenApiTextFields(document);
        Map<String, List<String>> result = new LinkedHashMap<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    JsonNode schema = method.getValue()
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema");
                    if (WRITES.contains(method.getKey()) && !schema.isMissingNode()) {
                        List<String> found = new ArrayList<>();
                        fields.collect(schema, "", 0, found);
                        if (!found.isEmpty()) {
                            result.put(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), found);
                        }
                    }
                }));
        return result;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asString();
            current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    private void collect(JsonNode schema, String prefix, int depth, List<String> found) {
        if (depth > 5) {
            return;
        }
        resolve(schema).path("properties").properties().forEach(property -> {
            JsonNode value = resolve(property.getValue());
            String name = prefix + property.getKey();
            String type = value.path("type").asString();
            if ("string".equals(type)) {
                if (text(value)) {
                    found.add(name);
                }
            } else if ("array".equals(type)) {
                JsonNode items = resolve(value.path("items"));
                if ("string".equals(items.path("type").asString())) {
                    if (text(items)) {
                        found.add(name + "[]");
                    }
                } else {
                    collect(items, name + "[].", depth + 1, found);
                }
            } else if (value.has("properties")) {
                collect(value, name + ".", depth + 1, found);
            }
        });
    }

    private static boolean text(JsonNode string) {
        return !string.has("enum") && !NOT_TEXT.contains(string.path("format").asString());
    }
}

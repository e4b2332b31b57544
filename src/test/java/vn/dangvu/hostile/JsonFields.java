package vn.dangvu.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fields of a JSON body named as {@link OpenApiTextFields} names them: {@code a.b} in a nested object, {@code a[].b}
 * in the first element of an array of objects, {@code a[]} the first element of an array of strings.
 */
final class JsonFields {

    private JsonFields() {}

    /** The property name the field ends in ({@code items[].title}: {@code title}; {@code agenda[]}: {@code agenda}). */
    static String name(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return last.endsWith("[]") ? last.substring(0, last.length() - 2) : last;
    }

    static boolean has(JsonNode body, String field) {
        JsonNode node = body;
        for (String part : field.split("\\.")) {
            boolean array = part.endsWith("[]");
            node = node.path(array ? part.substring(0, part.length() - 2) : part);
            if (array) {
                if (!node.isArray() || node.isEmpty()) {
                    return false;
                }
                node = node.get(0);
            }
        }
        return node.isString();
    }

    /** Sets the field (which {@link #has} found) to {@code value}. */
    static void set(JsonNode body, String field, String value) {
        String[] parts = field.split("\\.");
        JsonNode node = body;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean array = part.endsWith("[]");
            String name = array ? part.substring(0, part.length() - 2) : part;
            boolean last = i == parts.length - 1;
            if (last && array) {
                ((ArrayNode) node.get(name)).set(0, value);
            } else if (last) {
                ((ObjectNode) node).put(name, value);
            } else {
                node = array ? node.get(name).get(0) : node.get(name);
            }
        }
    }
}

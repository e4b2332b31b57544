package vn.dangvu.shared;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One kind of record a module holds about a member, as plain text for an export: the fields with their Vietnamese
 * labels and one map per record, keyed by field, in field order.
 *
 * @param key stable code, e.g. {@code member.events}
 * @param title Vietnamese heading, e.g. "Quá trình sinh hoạt đảng"
 * @param fields the fields, in print order
 * @param records the records, oldest first; a value is {@code null} where the record has none
 */
public record PersonalDataSection(
        String key, String title, List<Field> fields, List<Map<String, @Nullable String>> records) {

    /**
     * A field of the section.
     *
     * @param key the machine name, e.g. {@code effective_date}
     * @param label its Vietnamese label
     * @param codes for a field holding a code, the prefix of the message keys that name its values in words (e.g.
     *     {@code member.status.}); {@code null} for a field holding text
     */
    public record Field(String key, String label, @Nullable String codes) {}
}

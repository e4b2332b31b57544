package vn.dangvu.member;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record changed by one edit (the citizen ID appears masked).
 *
 * @param version the record's version the edit produced
 * @param changedAt when
 * @param changedBy the login name of the editor
 * @param field the field's API name, e.g. {@code phone}
 * @param oldValue the value before, {@code null} when empty
 * @param newValue the value after, {@code null} when emptied
 */
public record MemberChange(
        long version,
        Instant changedAt,
        String changedBy,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {}

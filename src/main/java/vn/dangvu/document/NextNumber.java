package vn.dangvu.document;

import org.jspecify.annotations.Nullable;

/**
 * The number the next publication of a sequence would draw (a preview: another publication may take it first).
 *
 * @param number the number
 * @param symbol the number and symbol when the issuer suffix is known, e.g. {@code 04-KH/TU}
 * @param sequence the sequence: the type's code, or {@code CONGRESS}
 * @param termId the committee term the sequence belongs to, {@code null} when the unit has none recorded
 */
public record NextNumber(
        int number,
        @Nullable String symbol,
        String sequence,
        @Nullable Long termId) {}

package vn.dangvu.document;

import org.jspecify.annotations.Nullable;

/**
 * A replaces/amends link as shown on either end.
 *
 * @param kind replaces or amends
 * @param documentId the other document
 * @param number its number and symbol, if numbered
 * @param title its title
 */
public record DocumentLink(
        LinkKind kind, long documentId, @Nullable String number, String title) {}

package vn.dangvu.member;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a member search. Counting stops at a limit, because an exact count over millions of rows costs more than
 * the page itself: {@code totalExact} is false when there are more than {@code totalElements} matches.
 *
 * @param content the rows of this page, in the order of Vietnamese name lists (by given name)
 * @param page zero-based page number (0 when the page was asked for with a cursor)
 * @param size page size asked for
 * @param totalElements matching members, or the count limit when there are more
 * @param totalExact whether {@code totalElements} is the exact number of matches
 * @param next cursor of the following page (pass it as {@code after}); null on the last page
 */
public record MemberPage(
        List<MemberSummary> content,
        int page,
        int size,
        long totalElements,
        boolean totalExact,
        @Nullable String next) {

    public MemberPage {
        content = List.copyOf(content);
    }
}

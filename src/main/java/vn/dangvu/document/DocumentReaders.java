package vn.dangvu.document;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.shared.PageResult;

/**
 * The members in the caller's scope whom a document reaches, with where they stand: the secretary's "who has not
 * read".
 *
 * @param total members reached
 * @param read opened but not acknowledged
 * @param acknowledged acknowledged
 * @param unread not opened
 * @param members one page of them, by name
 */
public record DocumentReaders(long total, long read, long acknowledged, long unread, PageResult<Reader> members) {

    /**
     * A member reached by the document.
     *
     * @param memberId the member
     * @param fullName their name
     * @param orgUnitId their cell
     * @param state unread, read or acknowledged
     * @param readAt first opened
     * @param acknowledgedAt acknowledged
     */
    public record Reader(
            UUID memberId,
            String fullName,
            long orgUnitId,
            ReadState state,
            @Nullable Instant readAt,
            @Nullable Instant acknowledgedAt) {}
}

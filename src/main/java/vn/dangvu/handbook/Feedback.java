package vn.dangvu.handbook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's question or opinion and the committee's answer.
 *
 * @param id feedback id
 * @param memberId who sent it
 * @param memberName their name (staff lists only; the member's own list repeats theirs)
 * @param orgUnitId the member's cell when it was sent
 * @param orgUnitName its name
 * @param kind question or opinion
 * @param subject one-line subject
 * @param body the text
 * @param createdAt when it was sent
 * @param state open or answered
 * @param answer the committee's answer, once given
 * @param answeredBy who answered (login name)
 * @param answeredAt when
 * @param version for optimistic locking of the answer
 */
public record Feedback(
        UUID id,
        UUID memberId,
        String memberName,
        long orgUnitId,
        String orgUnitName,
        FeedbackKind kind,
        String subject,
        String body,
        Instant createdAt,
        FeedbackState state,
        @Nullable String answer,
        @Nullable String answeredBy,
        @Nullable Instant answeredAt,
        long version) {}

package vn.dangvu.handbook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of a member's notifications.
 *
 * @param id notification id
 * @param kind stable code of what happened ({@code meeting.invited}, {@code feedback.answered}, …)
 * @param title short title
 * @param body longer text
 * @param link where in the handbook it leads
 * @param createdAt when it was written
 * @param readAt when the member opened it, or {@code null}
 */
public record Notification(
        UUID id,
        String kind,
        String title,
        @Nullable String body,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {}

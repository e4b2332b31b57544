package vn.dangvu.grassroots;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up task arising from a visit.
 *
 * @param id the task
 * @param text what is to be done
 * @param owner who does it
 * @param dueOn by when
 * @param status where it stands
 * @param version optimistic-lock version, to send back with a change of status
 */
public record FollowUpView(
        UUID id,
        String text,
        @Nullable String owner,
        @Nullable LocalDate dueOn,
        FollowUpStatus status,
        long version) {}

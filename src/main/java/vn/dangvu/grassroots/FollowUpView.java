package vn.dangvu.grassroots;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.programme.TaskLink;

/**
 * A follow-up task arising from a visit.
 *
 * @param id the task
 * @param text what is to be done
 * @param owner who does it
 * @param dueOn by when
 * @param status where it stands
 * @param programmeTaskId the programme task it became, if any
 * @param programmeTask that task with its status today (absent when removed from its programme since)
 * @param version optimistic-lock version, to send back with a change of status
 */
public record FollowUpView(
        UUID id,
        String text,
        @Nullable String owner,
        @Nullable LocalDate dueOn,
        FollowUpStatus status,
        @Nullable UUID programmeTaskId,
        @Nullable TaskLink programmeTask,
        long version) {

    /** This follow-up with the programme task it became. */
    public FollowUpView withTask(@Nullable TaskLink task) {
        return new FollowUpView(id, text, owner, dueOn, status, programmeTaskId, task, version);
    }
}

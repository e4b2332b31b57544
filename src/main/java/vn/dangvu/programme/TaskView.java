package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task with its progress and status as of the programme view's day.
 *
 * @param id task id
 * @param seq its number in the programme
 * @param title the task
 * @param ownerUnitId the organisation in charge
 * @param ownerUnitName its name
 * @param ownerMemberId the person in charge, if in the registry
 * @param ownerPerson the person in charge, by name
 * @param deadline the deadline
 * @param progress the latest progress reported by the day, percent
 * @param progressAsOf the day of that report
 * @param status the status (TaskStatusPolicy)
 * @param overdue not done and past the deadline
 * @param dueSoon not done and the deadline near
 * @param rule the rule applied, in words
 * @param parentTaskId the parent programme's task this one contributes to
 * @param canReport whether the caller may report on it
 * @param origin where the task came from when another module handed it over (e.g. a grassroots visit)
 * @param remindedOn the last day its owner was reminded of it
 * @param canRemove whether it may be removed (nothing reported, no adopted copy)
 * @param version optimistic-lock version, to send back with a report
 */
public record TaskView(
        UUID id,
        int seq,
        String title,
        long ownerUnitId,
        String ownerUnitName,
        @Nullable UUID ownerMemberId,
        @Nullable String ownerPerson,
        LocalDate deadline,
        int progress,
        @Nullable LocalDate progressAsOf,
        TaskStatus status,
        boolean overdue,
        boolean dueSoon,
        String rule,
        @Nullable UUID parentTaskId,
        boolean canReport,
        @Nullable TaskOrigin origin,
        @Nullable LocalDate remindedOn,
        boolean canRemove,
        long version) {}

package vn.dangvu.meeting;

import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recurring meeting rule of a cell: on day N of each month, or on the Nth weekday (e.g. the first Tuesday).
 *
 * @param id the schedule
 * @param orgUnitId the cell
 * @param kind kind of the meetings generated
 * @param title title of the meetings generated
 * @param dayOfMonth day N of each month (1–28), or {@code null} with a weekday rule
 * @param weekOfMonth 1–4, or -1 for the last, with {@code dayOfWeek}
 * @param dayOfWeek 1 (Monday) – 7 (Sunday)
 * @param startTime local start time
 * @param place the place
 * @param active whether it generates meetings
 * @param version the version to send with a change
 */
public record ScheduleView(
        UUID id,
        long orgUnitId,
        MeetingKind kind,
        String title,
        @Nullable Integer dayOfMonth,
        @Nullable Integer weekOfMonth,
        @Nullable Integer dayOfWeek,
        LocalTime startTime,
        @Nullable String place,
        boolean active,
        long version) {}

package vn.dangvu.meeting;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Creates or changes a recurring schedule.
 *
 * @param orgUnitId the cell
 * @param kind kind of the meetings
 * @param title their title
 * @param dayOfMonth day N (1–28), or {@code null} with a weekday rule
 * @param weekOfMonth 1–4 or -1 (last), with {@code dayOfWeek}
 * @param dayOfWeek 1 (Monday) – 7 (Sunday)
 * @param startTime local start time
 * @param place the place
 * @param active whether it generates meetings
 */
public record SaveSchedule(
        long orgUnitId,
        MeetingKind kind,
        String title,
        @Nullable Integer dayOfMonth,
        @Nullable Integer weekOfMonth,
        @Nullable Integer dayOfWeek,
        LocalTime startTime,
        @Nullable String place,
        boolean active) {}

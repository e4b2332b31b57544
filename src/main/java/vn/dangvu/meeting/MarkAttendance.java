package vn.dangvu.meeting;

import org.jspecify.annotations.Nullable;

/**
 * The secretary's record of one invitation's attendance.
 *
 * @param attendance present, absent with or without an approved reason
 * @param absenceReason the reason of an absence
 * @param baseExclusion why an official member is out of the quorum base, if they are
 */
public record MarkAttendance(
        Attendance attendance,
        @Nullable String absenceReason,
        @Nullable BaseExclusion baseExclusion) {}

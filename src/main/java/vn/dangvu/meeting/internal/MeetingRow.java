package vn.dangvu.meeting.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingState;

/** A {@code meeting} row. */
public record MeetingRow(
        UUID id,
        long orgUnitId,
        MeetingKind kind,
        String title,
        Instant plannedStart,
        @Nullable String place,
        List<String> agenda,
        MeetingState state,
        @Nullable UUID scheduleId,
        @Nullable Instant invitedAt,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable String cancelReason,
        long version) {}

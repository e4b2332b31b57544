package vn.dangvu.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting with everything the secretary works on.
 *
 * @param id the meeting
 * @param orgUnitId the cell
 * @param orgUnitName its name
 * @param kind the kind
 * @param title the title
 * @param plannedStart planned start
 * @param place the place
 * @param agenda agenda items
 * @param state the state
 * @param scheduleId the schedule that generated it
 * @param invitedAt when invitations were sent
 * @param startedAt actual start
 * @param endedAt actual end
 * @param cancelReason why it was cancelled
 * @param durationMinutes length once ended
 * @param minimumMinutes the minimum length for its kind (HD 42-HD/BTCTW 2025)
 * @param tooShort shorter than the minimum
 * @param materials its files
 * @param invitations its invitations
 * @param minutes the minutes once written
 * @param version the version to send with a change
 */
public record MeetingView(
        UUID id,
        long orgUnitId,
        String orgUnitName,
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
        @Nullable Long durationMinutes,
        int minimumMinutes,
        boolean tooShort,
        List<MaterialView> materials,
        List<InvitationView> invitations,
        @Nullable MinutesView minutes,
        long version) {}

package vn.dangvu.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as the invited member sees it in the handbook.
 *
 * @param meetingId the meeting
 * @param invitationId their invitation
 * @param orgUnitName the cell
 * @param kind the kind
 * @param title the title
 * @param plannedStart planned start
 * @param place the place
 * @param state the state
 * @param agenda agenda items
 * @param materials published materials
 * @param reply their reply
 * @param replyReason the reason they gave
 * @param attendance their attendance once taken
 * @param checkedInAt their check-in
 * @param canCheckInNow whether the check-in window is open now
 * @param checkInOpensAt when the window opens
 * @param checkInClosesAt when it closes
 */
public record MyMeeting(
        UUID meetingId,
        UUID invitationId,
        String orgUnitName,
        MeetingKind kind,
        String title,
        Instant plannedStart,
        @Nullable String place,
        MeetingState state,
        List<String> agenda,
        List<MaterialView> materials,
        @Nullable Reply reply,
        @Nullable String replyReason,
        @Nullable Attendance attendance,
        @Nullable Instant checkedInAt,
        boolean canCheckInNow,
        Instant checkInOpensAt,
        Instant checkInClosesAt) {}

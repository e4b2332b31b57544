package vn.dangvu.meeting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plans a meeting or changes a planned one.
 *
 * @param orgUnitId the cell
 * @param kind the kind
 * @param title the title
 * @param plannedStart planned start
 * @param place the place
 * @param agenda agenda items; empty takes the template of HD 09-HD/BTCTW (REGULATIONS §7.2)
 */
public record PlanMeeting(
        long orgUnitId,
        MeetingKind kind,
        String title,
        Instant plannedStart,
        @Nullable String place,
        List<String> agenda) {

    public PlanMeeting {
        agenda = List.copyOf(agenda);
    }
}

package vn.dangvu.grassroots;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Logs a visit of a committee member to a unit of the committee's subtree.
 *
 * @param committeeMemberId who visited
 * @param orgUnitId the unit visited
 * @param visitedOn the day (not in the future)
 * @param duration half or full day
 * @param purpose what for
 * @param findings what was found
 * @param followUps follow-up tasks
 */
public record LogVisit(
        UUID committeeMemberId,
        long orgUnitId,
        LocalDate visitedOn,
        VisitDuration duration,
        VisitPurpose purpose,
        @Nullable String findings,
        List<NewFollowUp> followUps) {

    /**
     * A follow-up task to record with the visit.
     *
     * @param text what is to be done
     * @param owner who does it
     * @param dueOn by when
     */
    public record NewFollowUp(
            String text, @Nullable String owner, @Nullable LocalDate dueOn) {}
}

package vn.dangvu.grassroots;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A logged grassroots visit.
 *
 * @param id the visit
 * @param committeeMemberId who visited (their appointment)
 * @param orgUnitId the unit visited
 * @param unitName its name
 * @param visitedOn the day
 * @param duration half or full day
 * @param purpose what for
 * @param findings what was found
 * @param assigned whether the unit is one of those assigned to the member
 * @param followUps the follow-up tasks
 * @param createdBy who logged it
 * @param version optimistic-lock version, to send back with a revision or withdrawal
 */
public record VisitView(
        UUID id,
        UUID committeeMemberId,
        long orgUnitId,
        String unitName,
        LocalDate visitedOn,
        VisitDuration duration,
        VisitPurpose purpose,
        @Nullable String findings,
        boolean assigned,
        List<FollowUpView> followUps,
        String createdBy,
        long version) {}

package vn.dangvu.grassroots;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A revision of a logged visit; its follow-up tasks stay as they are.
 *
 * @param orgUnitId the unit visited
 * @param visitedOn the day (not in the future)
 * @param duration half or full day
 * @param purpose what for
 * @param findings what was found
 * @param version the version last read
 */
public record ReviseVisit(
        long orgUnitId,
        LocalDate visitedOn,
        VisitDuration duration,
        VisitPurpose purpose,
        @Nullable String findings,
        long version) {}

package vn.dangvu.meeting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The minutes of a meeting and its resolution's vote, with the validity found by the quorum rule (Charter Art. 9(5),
 * QĐ 24 §9.3).
 *
 * @param minutesText the minutes
 * @param resolutionText the resolution
 * @param votesFor votes in favour
 * @param votesAgainst votes against
 * @param votesAbstain abstentions
 * @param base the quorum base: official members summoned less the exclusions, plus exempted members present
 * @param votersPresent members of the base present
 * @param quorate more than half of the base present
 * @param resolutionValid more than half of the base in favour
 * @param rule the rule applied
 * @param recordedAt when the minutes were recorded
 * @param recordedBy who recorded them
 */
public record MinutesView(
        String minutesText,
        @Nullable String resolutionText,
        int votesFor,
        int votesAgainst,
        int votesAbstain,
        int base,
        int votersPresent,
        boolean quorate,
        boolean resolutionValid,
        String rule,
        Instant recordedAt,
        String recordedBy) {}

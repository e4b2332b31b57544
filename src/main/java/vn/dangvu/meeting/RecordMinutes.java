package vn.dangvu.meeting;

import org.jspecify.annotations.Nullable;

/**
 * The minutes and the resolution's vote.
 *
 * @param minutesText the minutes
 * @param resolutionText the resolution
 * @param votesFor in favour
 * @param votesAgainst against
 * @param votesAbstain abstaining
 */
public record RecordMinutes(
        String minutesText, @Nullable String resolutionText, int votesFor, int votesAgainst, int votesAbstain) {}

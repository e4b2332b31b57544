package vn.dangvu.conference;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A vote on a resolution.
 *
 * @param title the resolution's title
 * @param method how voted
 * @param votesFor for
 * @param against against
 * @param abstentions abstaining
 * @param issuerCode the issuing body's suffix of the NQ number, e.g. {@code TU}
 * @param programmeItemId the planned thematic resolution it fulfils
 */
public record RecordVote(
        String title,
        VoteMethod method,
        int votesFor,
        int against,
        int abstentions,
        String issuerCode,
        @Nullable UUID programmeItemId) {}

package vn.dangvu.election;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A name on the candidate list.
 *
 * @param id the entry
 * @param memberId the member, when taken from the registry
 * @param fullName the name as printed on the ballot
 * @param source convening committee or floor
 * @param support for a floor nomination, how many of those present supported it
 * @param admitted whether it stands on the list (a floor nomination needs > 30 % support)
 */
public record ElectionCandidate(
        UUID id,
        @Nullable UUID memberId,
        String fullName,
        CandidateSource source,
        @Nullable Integer support,
        boolean admitted) {}

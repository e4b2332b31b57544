package vn.dangvu.election;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person on the voter roll.
 *
 * @param id the roll entry
 * @param memberId the member, when taken from the registry
 * @param fullName the name
 * @param kind what they are (official member, delegate …)
 * @param exclusion why they are out of the electorate base, or NONE
 * @param present whether they attend the voting
 * @param counter whether they sit on the vote-counting committee
 * @param counts whether they count in the electorate base
 * @param votes whether they may vote
 */
public record ElectionVoter(
        UUID id,
        @Nullable UUID memberId,
        String fullName,
        VoterKind kind,
        VoterExclusion exclusion,
        boolean present,
        boolean counter,
        boolean counts,
        boolean votes) {}

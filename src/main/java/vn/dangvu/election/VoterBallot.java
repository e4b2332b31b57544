package vn.dangvu.election;

import java.util.List;
import java.util.UUID;

/**
 * What a voter's phone shows: the open round's ballot.
 *
 * @param electionId the election
 * @param title its title
 * @param orgUnitName the organisation
 * @param state the step reached (voting only while {@code VOTING_OPEN})
 * @param round the round
 * @param seats seats of the round
 * @param form the ballot's form
 * @param names the names in ballot order
 */
public record VoterBallot(
        UUID electionId,
        String title,
        String orgUnitName,
        ElectionState state,
        int round,
        int seats,
        BallotForm form,
        List<String> names) {}

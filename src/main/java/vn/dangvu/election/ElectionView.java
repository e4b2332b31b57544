package vn.dangvu.election;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An election with its roll, list, counting committee, rule checks and rounds.
 *
 * @param id the election
 * @param orgUnitId the organisation holding it
 * @param orgUnitName its name
 * @param title the title
 * @param occasion where it is held
 * @param body what is elected
 * @param seats seats
 * @param heldOn the day
 * @param directSecretary direct election of the secretary
 * @param state the step reached
 * @param version optimistic-lock version
 * @param base the electorate base (QĐ 190-QĐ/TW, Art. 30)
 * @param present voters present
 * @param form the first round's ballot form for the current list
 * @param voters the roll
 * @param candidates the list
 * @param checks the rules on the current data
 * @param rounds the rounds, first first
 */
public record ElectionView(
        UUID id,
        long orgUnitId,
        String orgUnitName,
        String title,
        ElectionOccasion occasion,
        ElectedBody body,
        int seats,
        LocalDate heldOn,
        boolean directSecretary,
        ElectionState state,
        long version,
        int base,
        int present,
        BallotForm form,
        List<ElectionVoter> voters,
        List<ElectionCandidate> candidates,
        List<ElectionCheck> checks,
        List<ElectionRound> rounds) {}

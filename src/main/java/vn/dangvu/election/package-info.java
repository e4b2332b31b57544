/**
 * Internal elections under QĐ 190-QĐ/TW 2024 (REGULATIONS §8): an election of a committee, its standing committee,
 * secretary and deputies, inspection commission and its chairman, or delegates to the higher congress, held at a
 * members' congress, a delegates' congress or a committee plenum; its voter roll with the exclusions of the electorate
 * base ({@code ElectorateBasePolicy}), the candidate list with the surplus rule ({@code CandidateSurplusPolicy}) and
 * floor nominations ({@code FloorNominationPolicy}), the vote-counting committee ({@code CountingCommitteePolicy}),
 * paper ballots entered twice by the counting committee and reconciled, their validity ({@code
 * BallotValidityPolicy}), the winners ({@code WinnerPolicy}) with further rounds, and the printed ballot and
 * vote-counting minutes. Organisation staff over the election's unit manage it; members on its counting committee
 * enter ballots. The roll of a delegates' congress can be taken from the congress's delegates ({@link
 * vn.dangvu.congress.Congresses#delegates}). Owns the {@code election*} tables; publishes no events.
 */
@ApplicationModule(
        displayName = "Elections",
        allowedDependencies = {"shared", "org", "member", "report", "congress"})
@NullMarked
package vn.dangvu.election;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

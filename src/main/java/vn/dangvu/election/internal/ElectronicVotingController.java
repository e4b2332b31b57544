package vn.dangvu.election.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.election.ElectronicVoting;
import vn.dangvu.election.VoterBallot;
import vn.dangvu.election.VotingCode;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** Electronic voting: one-time codes, the voter's ballot, casting it, and checking a receipt. */
@RestController
@RequestMapping("/api/v1/elections/{id}")
class ElectronicVotingController {

    private final ElectronicVoting voting;

    ElectronicVotingController(ElectronicVoting voting) {
        this.voting = voting;
    }

    /** Issues a one-time code to each voter who may vote and has not voted in the round (shown this once). */
    @PostMapping("/voting-codes")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    List<VotingCode> issue(@PathVariable UUID id, Actor actor) {
        return voting.issue(id, actor);
    }

    /** The open round's ballot, for a member on the roll. */
    @GetMapping("/e-ballot")
    @Allowed(Role.MEMBER)
    VoterBallot ballot(@PathVariable UUID id, Actor actor) {
        return voting.ballot(id, actor);
    }

    /** Casts the caller's ballot with their one-time code; answers the receipt code. */
    @PostMapping("/e-ballot")
    @Allowed(Role.MEMBER)
    CastReceipt cast(@PathVariable UUID id, @Valid @RequestBody CastRequest request, Actor actor) {
        return new CastReceipt(voting.cast(
                id, Objects.requireNonNull(request.token()), Objects.requireNonNull(request.marks()), actor));
    }

    /** Whether the ballot of a receipt is counted. */
    @GetMapping("/receipts/{receipt}")
    @Allowed({Role.MEMBER, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ReceiptCheck receipt(@PathVariable UUID id, @PathVariable String receipt, Actor actor) {
        return new ReceiptCheck(voting.counted(id, receipt, actor));
    }

    /**
     * A ballot cast electronically.
     *
     * @param token the voter's one-time code
     * @param marks one letter per name in ballot order (as for paper ballots)
     */
    record CastRequest(
            @NotBlank(message = "{election.token.required}")
            @Size(max = 20, message = "{election.token.required}")
            @Nullable
            String token,

            @NotBlank(message = "{election.marks.required}")
            @Size(max = 400, message = "{election.marks.size}")
            @Pattern(regexp = "[KSYNBO]+", message = "{election.marks.pattern}")
            @Nullable
            String marks) {}

    /**
     * The receipt of a cast ballot.
     *
     * @param receipt the code to check later that the ballot is counted
     */
    record CastReceipt(String receipt) {}

    /**
     * The answer to a receipt check.
     *
     * @param counted whether a ballot with this receipt is stored and counted
     */
    record ReceiptCheck(boolean counted) {}
}

package vn.dangvu.election.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.election.ElectionManagement;
import vn.dangvu.election.ElectionView;
import vn.dangvu.election.Elections;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** The counting committee's entry of paper ballots: each ballot twice, by two different members, then reconciled. */
@RestController
@RequestMapping("/api/v1/elections/{id}/ballot-entries")
class BallotEntryController {

    private final ElectionManagement management;
    private final Elections elections;

    BallotEntryController(ElectionManagement management, Elections elections) {
        this.management = management;
        this.elections = elections;
    }

    /** Enters a paper ballot (first or second entry of its serial number); the caller sits on the counting committee. */
    @PostMapping
    @Allowed(Role.MEMBER)
    ElectionView enter(@PathVariable UUID id, @Valid @RequestBody BallotEntryRequest request, Actor actor) {
        management.enterBallot(
                id,
                Objects.requireNonNull(request.ballotNumber()),
                Objects.requireNonNull(request.marks()),
                Boolean.TRUE.equals(request.spoiled()),
                actor);
        return elections.view(id, actor);
    }

    /** Discards the two disagreeing entries of a ballot so that it is entered again. */
    @DeleteMapping("/{ballotNumber}")
    @Allowed(Role.MEMBER)
    ElectionView discard(@PathVariable UUID id, @PathVariable int ballotNumber, Actor actor) {
        management.discardEntries(id, ballotNumber, actor);
        return elections.view(id, actor);
    }

    /**
     * A paper ballot as read.
     *
     * @param ballotNumber the serial number the committee wrote on it
     * @param marks one letter per name in ballot order: K kept / S struck (strike-out ballot), Y / N / B (both boxes) /
     *     O (neither) (yes/no ballot)
     * @param spoiled not issued by the committee, or with names added or other writing
     */
    record BallotEntryRequest(
            @NotNull(message = "{election.ballotNumber.required}")
            @Min(value = 1, message = "{election.ballotNumber.range}")
            @Nullable
            Integer ballotNumber,

            @NotBlank(message = "{election.marks.required}")
            @Size(max = 400, message = "{election.marks.size}")
            @Pattern(regexp = "[KSYNBO]+", message = "{election.marks.pattern}")
            @Nullable
            String marks,

            @Nullable Boolean spoiled) {}
}

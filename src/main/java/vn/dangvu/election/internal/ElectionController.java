package vn.dangvu.election.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.election.CandidateSource;
import vn.dangvu.election.CreateElection;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionManagement;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.ElectionSummary;
import vn.dangvu.election.ElectionView;
import vn.dangvu.election.Elections;
import vn.dangvu.election.VoterExclusion;
import vn.dangvu.election.VoterKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Role;

/** Elections: preparing the roll and the list, and moving through the steps (QĐ 190-QĐ/TW). */
@RestController
@RequestMapping("/api/v1/elections")
class ElectionController {

    private final ElectionManagement management;
    private final Elections elections;
    private final AuditTrail audit;
    private final CongressDelegateRoll delegateRoll;

    ElectionController(
            ElectionManagement management, Elections elections, AuditTrail audit, CongressDelegateRoll delegateRoll) {
        this.delegateRoll = delegateRoll;
        this.management = management;
        this.elections = elections;
        this.audit = audit;
    }

    /** The elections of the caller's scope, of one unit's subtree when given. */
    @GetMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    List<ElectionSummary> list(@RequestParam(required = false) @Nullable Long orgUnitId, Actor actor) {
        return elections.list(orgUnitId, actor);
    }

    /** Prepares an election of a unit of the caller's scope. */
    @PostMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<ElectionView> create(@Valid @RequestBody CreateElectionRequest request, Actor actor) {
        UUID id = management.create(request.toCommand(), actor);
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(elections.view(id, actor));
    }

    /**
     * An election with its roll, list, checks and rounds (audited: the roll holds exclusions); a member of its
     * counting committee gets it without the roll.
     */
    @GetMapping("/{id}")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.MEMBER})
    ElectionView get(@PathVariable UUID id, Actor actor) {
        ElectionView view = elections.view(id, actor);
        if (!view.voters().isEmpty()) {
            audit.record("election.read", "election", id, null);
        }
        return view;
    }

    /** Replaces the voter roll (presence, exclusions, counting committee) while in draft. */
    @PutMapping("/{id}/voters")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ElectionView voters(@PathVariable UUID id, @Valid @RequestBody VotersRequest request, Actor actor) {
        management.replaceVoters(
                id,
                request.voters().stream().map(VoterRequest::toInput).toList(),
                Objects.requireNonNull(request.version()),
                actor);
        return elections.view(id, actor);
    }

    /** Fills the roll from the members on the lists of the cells of the election's unit. */
    @PostMapping("/{id}/voters/import")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ElectionView importMembers(@PathVariable UUID id, @Valid @RequestBody ElectionVersionRequest request, Actor actor) {
        management.importMembers(id, Objects.requireNonNull(request.version()), actor);
        return elections.view(id, actor);
    }

    /**
     * Replaces the roll of a delegates' congress with the delegates of the organisation's congress, as the credentials
     * committee left them (summoned, present, ex officio).
     */
    @PostMapping("/{id}/voters/from-congress")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ElectionView fromCongress(@PathVariable UUID id, @Valid @RequestBody FromCongressRequest request, Actor actor) {
        delegateRoll.fill(
                id, Objects.requireNonNull(request.congressId()), Objects.requireNonNull(request.version()), actor);
        return elections.view(id, actor);
    }

    /** Replaces the candidate list while in draft. */
    @PutMapping("/{id}/candidates")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ElectionView candidates(@PathVariable UUID id, @Valid @RequestBody CandidatesRequest request, Actor actor) {
        management.replaceCandidates(
                id,
                request.candidates().stream().map(CandidateRequest::toInput).toList(),
                Objects.requireNonNull(request.version()),
                actor);
        return elections.view(id, actor);
    }

    /**
     * Moves the election one step: adopt the list, open voting (ballots issued), close voting (ballots returned),
     * announce the result, or open a further round; refused with the failing rule.
     */
    @PostMapping("/{id}/steps")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ElectionView step(@PathVariable UUID id, @Valid @RequestBody ElectionStepRequest request, Actor actor) {
        long version = Objects.requireNonNull(request.version());
        switch (Objects.requireNonNull(request.action())) {
            case ADOPT_LIST -> management.adoptList(id, version, actor);
            case OPEN_VOTING -> management.openVoting(id, count(request.ballotsIssued()), version, actor);
            case CLOSE_VOTING -> management.closeVoting(id, count(request.ballotsReturned()), version, actor);
            case ANNOUNCE -> management.announce(id, version, actor);
            case FURTHER_ROUND -> management.furtherRound(id, request.candidateIds(), version, actor);
        }
        return elections.view(id, actor);
    }

    private static int count(@Nullable Integer n) {
        return n == null ? -1 : n;
    }

    /** A step of an election. */
    enum StepAction {
        ADOPT_LIST,
        OPEN_VOTING,
        CLOSE_VOTING,
        ANNOUNCE,
        FURTHER_ROUND
    }

    /**
     * An election to prepare.
     *
     * @param orgUnitId the organisation holding it
     * @param title the title
     * @param occasion members' congress, delegates' congress or committee plenum
     * @param body what is elected
     * @param seats seats
     * @param heldOn the day
     * @param directSecretary direct election of the secretary
     */
    record CreateElectionRequest(
            @NotNull(message = "{election.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotBlank(message = "{election.title.required}")
            @Size(max = 300, message = "{election.title.size}")
            @Nullable
            String title,

            @NotNull(message = "{election.occasion.required}") @Nullable
            ElectionOccasion occasion,

            @NotNull(message = "{election.body.required}") @Nullable
            ElectedBody body,

            @NotNull(message = "{election.seats.required}")
            @Min(value = 1, message = "{election.seats.range}")
            @Max(value = 500, message = "{election.seats.range}")
            @Nullable
            Integer seats,

            @NotNull(message = "{election.heldOn.required}") @Nullable
            LocalDate heldOn,

            @Nullable Boolean directSecretary) {

        CreateElection toCommand() {
            return new CreateElection(
                    Objects.requireNonNull(orgUnitId),
                    Objects.requireNonNull(title).strip(),
                    Objects.requireNonNull(occasion),
                    Objects.requireNonNull(body),
                    Objects.requireNonNull(seats),
                    Objects.requireNonNull(heldOn),
                    Boolean.TRUE.equals(directSecretary));
        }
    }

    /**
     * The voter roll.
     *
     * @param version the election's version as read
     * @param voters the roll, in order
     */
    record VotersRequest(
            @NotNull(message = "{version.required}") @Nullable
            Long version,

            @NotNull(message = "{election.voters.required}") @Size(max = 5000, message = "{election.voters.size}")
            List<@Valid VoterRequest> voters) {}

    /**
     * A person on the roll.
     *
     * @param memberId the member, if from the registry
     * @param fullName the name
     * @param kind what they are
     * @param exclusion why out of the base (NONE when counted)
     * @param present present at the voting
     * @param counter on the counting committee
     */
    record VoterRequest(
            @Nullable UUID memberId,

            @NotBlank(message = "{election.fullName.required}")
            @Size(max = 200, message = "{election.fullName.size}")
            @Nullable
            String fullName,

            @NotNull(message = "{election.kind.required}") @Nullable
            VoterKind kind,

            @Nullable VoterExclusion exclusion,
            @Nullable Boolean present,
            @Nullable Boolean counter) {

        ElectionManagement.VoterInput toInput() {
            return new ElectionManagement.VoterInput(
                    memberId,
                    Objects.requireNonNull(fullName).strip(),
                    Objects.requireNonNull(kind),
                    exclusion == null ? VoterExclusion.NONE : exclusion,
                    !Boolean.FALSE.equals(present),
                    Boolean.TRUE.equals(counter));
        }
    }

    /**
     * The candidate list.
     *
     * @param version the election's version as read
     * @param candidates the names in ballot order
     */
    record CandidatesRequest(
            @NotNull(message = "{version.required}") @Nullable
            Long version,

            @NotNull(message = "{election.candidates.required}")
            @Size(max = 400, message = "{election.candidates.size}")
            List<@Valid CandidateRequest> candidates) {}

    /**
     * A name on the list.
     *
     * @param memberId the member, if from the registry
     * @param fullName the name as printed on the ballot
     * @param source convening committee or floor
     * @param support for a floor nomination, how many of those present supported it
     */
    record CandidateRequest(
            @Nullable UUID memberId,

            @NotBlank(message = "{election.fullName.required}")
            @Size(max = 200, message = "{election.fullName.size}")
            @Nullable
            String fullName,

            @NotNull(message = "{election.source.required}") @Nullable
            CandidateSource source,

            @Min(value = 0, message = "{election.support.range}") @Nullable
            Integer support) {

        ElectionManagement.CandidateInput toInput() {
            return new ElectionManagement.CandidateInput(
                    memberId, Objects.requireNonNull(fullName).strip(), Objects.requireNonNull(source), support);
        }
    }

    /**
     * A version only.
     *
     * @param version the election's version as read
     */
    /**
     * The congress whose delegates make the roll.
     *
     * @param congressId the congress of the election's organisation
     * @param version the election's version read
     */
    record FromCongressRequest(
            @NotNull(message = "{election.roll.congress.required}") @Nullable
            UUID congressId,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    record ElectionVersionRequest(
            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * A step.
     *
     * @param action which step
     * @param version the election's version as read
     * @param ballotsIssued ballots issued (opening the vote)
     * @param ballotsReturned ballots returned (closing it)
     * @param candidateIds the names of a further round for unfilled seats, when the congress chooses them
     */
    record ElectionStepRequest(
            @NotNull(message = "{election.action.required}") @Nullable
            StepAction action,

            @NotNull(message = "{version.required}") @Nullable
            Long version,

            @Nullable Integer ballotsIssued,
            @Nullable Integer ballotsReturned,
            @Nullable List<UUID> candidateIds) {}
}

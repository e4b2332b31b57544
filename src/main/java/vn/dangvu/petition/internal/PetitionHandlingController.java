package vn.dangvu.petition.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.petition.ClassifyPetition;
import vn.dangvu.petition.PetitionCompetence;
import vn.dangvu.petition.PetitionKind;
import vn.dangvu.petition.PetitionManagement;
import vn.dangvu.petition.PetitionView;
import vn.dangvu.petition.Petitions;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** The handling steps of a petition: classification, acceptance, routing, guidance, extension, reply. */
@RestController
@RequestMapping("/api/v1/petitions/{id}")
class PetitionHandlingController {

    private final PetitionManagement management;
    private final Petitions petitions;

    PetitionHandlingController(PetitionManagement management, Petitions petitions) {
        this.management = management;
        this.petitions = petitions;
    }

    /** Classifies a petition not yet accepted: kind, competence, complexity, a duplicate's earlier petition. */
    @PostMapping("/classification")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionView classify(@PathVariable UUID id, @Valid @RequestBody ClassifyPetitionRequest request, Actor actor) {
        management.classify(
                id,
                new ClassifyPetition(
                        Objects.requireNonNull(request.kind()),
                        Objects.requireNonNull(request.competence()),
                        Boolean.TRUE.equals(request.complex()),
                        Boolean.TRUE.equals(request.secondInstance()),
                        request.duplicateOf()),
                Objects.requireNonNull(request.version()),
                actor);
        return detail(id, actor);
    }

    /** Accepts (thụ lý) a classified petition of the Party's competence; the settlement deadline starts. */
    @PostMapping("/acceptance")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionView accept(@PathVariable UUID id, @Valid @RequestBody PetitionDayRequest request, Actor actor) {
        management.accept(id, request.onDay(), Objects.requireNonNull(request.version()), actor);
        return detail(id, actor);
    }

    /** Routes a petition not yet accepted to the competent unit. */
    @PostMapping("/routing")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionView route(@PathVariable UUID id, @Valid @RequestBody RoutePetitionRequest request, Actor actor) {
        management.route(
                id,
                Objects.requireNonNull(request.targetUnitId()),
                request.note(),
                Objects.requireNonNull(request.version()),
                actor);
        return detail(id, actor);
    }

    /** Closes a petition not yet accepted with guidance returned to the petitioner. */
    @PostMapping("/guidance")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionView guide(@PathVariable UUID id, @Valid @RequestBody PetitionTextRequest request, Actor actor) {
        management.guide(
                id,
                Objects.requireNonNull(request.text()),
                request.onDay(),
                Objects.requireNonNull(request.version()),
                actor);
        return detail(id, actor);
    }

    /** Extends an accepted denunciation's settlement by 30 days (at most twice), with the reason. */
    @PostMapping("/extensions")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionView extend(@PathVariable UUID id, @Valid @RequestBody PetitionTextRequest request, Actor actor) {
        management.extend(id, Objects.requireNonNull(request.text()), Objects.requireNonNull(request.version()), actor);
        return detail(id, actor);
    }

    /** Settles an accepted petition with the reply to the petitioner. */
    @PostMapping("/reply")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionView reply(@PathVariable UUID id, @Valid @RequestBody PetitionTextRequest request, Actor actor) {
        management.reply(
                id,
                Objects.requireNonNull(request.text()),
                request.onDay(),
                Objects.requireNonNull(request.version()),
                actor);
        return detail(id, actor);
    }

    private PetitionView detail(UUID id, Actor actor) {
        return petitions.detail(id, actor.scopeFor(PetitionManagement.HANDLERS));
    }

    /**
     * A classification.
     *
     * @param kind COMPLAINT, DENUNCIATION, PROPOSAL or FEEDBACK
     * @param competence PARTY or STATE
     * @param complex whether the case is complex
     * @param secondInstance whether a complaint is second-instance
     * @param duplicateOf an earlier petition of the same matter
     * @param version the version last read
     */
    record ClassifyPetitionRequest(
            @NotNull(message = "{petition.kind.required}") @Nullable
            PetitionKind kind,

            @NotNull(message = "{petition.competence.required}") @Nullable
            PetitionCompetence competence,

            @Nullable Boolean complex,
            @Nullable Boolean secondInstance,
            @Nullable UUID duplicateOf,

            @NotNull(message = "{petition.version.required}") @Nullable
            Long version) {}

    /**
     * A step taking effect on a day.
     *
     * @param onDay the day (default today)
     * @param version the version last read
     */
    record PetitionDayRequest(
            @Nullable LocalDate onDay,

            @NotNull(message = "{petition.version.required}") @Nullable
            Long version) {}

    /**
     * A routing.
     *
     * @param targetUnitId the competent unit
     * @param note a note for the history
     * @param version the version last read
     */
    record RoutePetitionRequest(
            @NotNull(message = "{petition.targetUnitId.required}") @Nullable
            Long targetUnitId,

            @Nullable @Size(max = 1000, message = "{petition.text.size}")
            String note,

            @NotNull(message = "{petition.version.required}") @Nullable
            Long version) {}

    /**
     * A step with a text: guidance, the reason of an extension, a reply.
     *
     * @param text the text
     * @param onDay the day it took effect (default today; not used by extensions)
     * @param version the version last read
     */
    record PetitionTextRequest(
            @NotBlank(message = "{petition.text.required}")
            @Size(max = 4000, message = "{petition.text.size}")
            @Nullable
            String text,

            @Nullable LocalDate onDay,

            @NotNull(message = "{petition.version.required}") @Nullable
            Long version) {}
}

package vn.dangvu.petition.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.petition.PetitionChannel;
import vn.dangvu.petition.PetitionKind;
import vn.dangvu.petition.PetitionManagement;
import vn.dangvu.petition.PetitionState;
import vn.dangvu.petition.PetitionSummary;
import vn.dangvu.petition.PetitionView;
import vn.dangvu.petition.Petitions;
import vn.dangvu.petition.ReceivePetition;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** The petition inbox, intake and one petition (personal data of the petitioner: every read audited). */
@RestController
@RequestMapping("/api/v1/petitions")
class PetitionController {

    private final PetitionManagement management;
    private final Petitions petitions;
    private final AuditTrail audit;

    PetitionController(PetitionManagement management, Petitions petitions, AuditTrail audit) {
        this.management = management;
        this.petitions = petitions;
        this.audit = audit;
    }

    /**
     * Petitions received or handled in the caller's scope (or the subtree of one unit of it), the nearest running
     * deadline first, with deadline flags.
     */
    @GetMapping
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PageResult<PetitionSummary> inbox(
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable PetitionState state,
            @RequestParam(required = false) @Nullable PetitionKind kind,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        PageResult<PetitionSummary> page = petitions.inbox(
                actor.scopeFor(PetitionManagement.HANDLERS), orgUnitId, state, kind, open, overdue, paging);
        audit.record("petition.list.read", "org_unit", orgUnitId, null);
        return page;
    }

    /** Records a petition received by a unit of the caller's scope. */
    @PostMapping
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    ResponseEntity<PetitionView> receive(@Valid @RequestBody ReceivePetitionRequest request, Actor actor) {
        UUID id = management.receive(request.toCommand(), actor);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + id))
                .body(petitions.detail(id, actor.scopeFor(PetitionManagement.HANDLERS)));
    }

    /** A petition with the petitioner's personal data, deadlines, history and files (audited). */
    @GetMapping("/{id}")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    PetitionView get(@PathVariable UUID id, Actor actor) {
        PetitionView view = petitions.detail(id, actor.scopeFor(PetitionManagement.HANDLERS));
        audit.record("petition.read", "petition", id, null);
        return view;
    }

    /**
     * A petition as received.
     *
     * @param receivedUnitId the receiving unit
     * @param petitionerName the petitioner's full name
     * @param petitionerAddress the petitioner's address
     * @param petitionerPhone phone, optional
     * @param petitionerIdNo citizen ID (12 digits), optional
     * @param channel RECEPTION_DAY, MAIL or ONLINE_FORM
     * @param receivedOn the day received
     * @param subject a short subject
     * @param content the content
     */
    record ReceivePetitionRequest(
            @NotNull(message = "{petition.receivedUnitId.required}") @Nullable
            Long receivedUnitId,

            @NotBlank(message = "{petition.petitionerName.required}")
            @Size(max = 200, message = "{petition.text.size}")
            @Nullable
            String petitionerName,

            @NotBlank(message = "{petition.petitionerAddress.required}")
            @Size(max = 500, message = "{petition.text.size}")
            @Nullable
            String petitionerAddress,

            @Nullable @Pattern(regexp = "^$|^[0-9+ .()-]{6,20}$", message = "{petition.petitionerPhone.invalid}")
            String petitionerPhone,

            @Nullable @Pattern(regexp = "^$|^[0-9]{12}$", message = "{petition.petitionerIdNo.invalid}")
            String petitionerIdNo,

            @NotNull(message = "{petition.channel.required}") @Nullable
            PetitionChannel channel,

            @NotNull(message = "{petition.receivedOn.required}") @Nullable
            LocalDate receivedOn,

            @NotBlank(message = "{petition.subject.required}")
            @Size(max = 300, message = "{petition.text.size}")
            @Nullable
            String subject,

            @NotBlank(message = "{petition.content.required}")
            @Size(max = 8000, message = "{petition.text.size}")
            @Nullable
            String content) {

        ReceivePetition toCommand() {
            return new ReceivePetition(
                    Objects.requireNonNull(receivedUnitId),
                    Objects.requireNonNull(petitionerName),
                    Objects.requireNonNull(petitionerAddress),
                    petitionerPhone,
                    petitionerIdNo,
                    Objects.requireNonNull(channel),
                    Objects.requireNonNull(receivedOn),
                    Objects.requireNonNull(subject),
                    Objects.requireNonNull(content));
        }
    }
}

package vn.dangvu.conference.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.conference.AddParticipant;
import vn.dangvu.conference.ConferenceBody;
import vn.dangvu.conference.ConferenceKind;
import vn.dangvu.conference.ConferenceManagement;
import vn.dangvu.conference.ConferenceSummary;
import vn.dangvu.conference.ConferenceView;
import vn.dangvu.conference.Conferences;
import vn.dangvu.conference.Disposition;
import vn.dangvu.conference.OpinionDigest;
import vn.dangvu.conference.OpinionView;
import vn.dangvu.conference.ParticipantRole;
import vn.dangvu.conference.PlanConference;
import vn.dangvu.conference.Presence;
import vn.dangvu.conference.RecordVote;
import vn.dangvu.conference.SubmitOpinion;
import vn.dangvu.conference.UpdateParticipant;
import vn.dangvu.conference.VoteMethod;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.report.ReportDocuments;
import vn.dangvu.report.ReportTable;
import vn.dangvu.shared.Actor;

/**
 * Conferences of a body: the list, the page (agenda, participants and attendance, groups, drafts with versions, votes),
 * the opinions board with the response workflow and its summary, the acceptance report as PDF and Excel.
 */
@RestController
@RequestMapping("/api/v1/conferences")
class ConferenceController {

    private final ConferenceManagement management;
    private final Conferences conferences;
    private final ReportDocuments documents;

    ConferenceController(ConferenceManagement management, Conferences conferences, ReportDocuments documents) {
        this.management = management;
        this.conferences = conferences;
        this.documents = documents;
    }

    /** The conferences the caller reaches (staff: of their subtree; members: those they take part in). */
    @GetMapping
    @ConferenceReaders
    List<ConferenceSummary> list(
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable ConferenceBody body,
            Actor actor) {
        return conferences.list(actor, orgUnitId, body);
    }

    /** Plans a conference: a numbered one takes the next number of the body's term and its title is built. */
    @PostMapping
    @ConferenceManagers
    ResponseEntity<ConferenceView> plan(@Valid @RequestBody ConferencePlanRequest request, Actor actor) {
        UUID id = management.plan(
                new PlanConference(
                        Objects.requireNonNull(request.orgUnitId()),
                        Objects.requireNonNull(request.body()),
                        Objects.requireNonNull(request.kind()),
                        Objects.requireNonNull(request.heldOn()),
                        request.place(),
                        request.topic(),
                        request.title(),
                        request.programmeItemId()),
                actor);
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + id)).body(conferences.view(id, actor));
    }

    /** A conference with its agenda, groups, participants, drafts and votes. */
    @GetMapping("/{id}")
    @ConferenceReaders
    ConferenceView view(@PathVariable UUID id, Actor actor) {
        return conferences.view(id, actor);
    }

    /** Moves the day, place or topic. */
    @PutMapping("/{id}")
    @ConferenceManagers
    ConferenceView update(@PathVariable UUID id, @Valid @RequestBody ConferenceUpdateRequest request, Actor actor) {
        management.update(
                id,
                Objects.requireNonNull(request.heldOn()),
                request.place(),
                request.topic(),
                Objects.requireNonNull(request.version()),
                actor);
        return conferences.view(id, actor);
    }

    /** Replaces the agenda. */
    @PutMapping("/{id}/agenda")
    @ConferenceManagers
    ConferenceView agenda(@PathVariable UUID id, @Valid @RequestBody ConferenceAgendaRequest request, Actor actor) {
        management.replaceAgenda(
                id,
                request.items().stream()
                        .map(i -> new ConferenceView.ConferenceAgendaItem(
                                UUID.randomUUID(), 0, Objects.requireNonNull(i.title()), i.presenter()))
                        .toList(),
                Objects.requireNonNull(request.version()),
                actor);
        return conferences.view(id, actor);
    }

    /** Adds a discussion group (tổ). */
    @PostMapping("/{id}/groups")
    @ConferenceManagers
    ResponseEntity<ConferenceView> addGroup(
            @PathVariable UUID id, @Valid @RequestBody ConferenceGroupRequest request, Actor actor) {
        management.addGroup(id, Objects.requireNonNull(request.name()), actor);
        return ResponseEntity.status(201).body(conferences.view(id, actor));
    }

    /** Adds a member of the body or a guest. */
    @PostMapping("/{id}/participants")
    @ConferenceManagers
    ResponseEntity<ConferenceView> addParticipant(
            @PathVariable UUID id, @Valid @RequestBody ConferenceParticipantRequest request, Actor actor) {
        management.addParticipant(
                id,
                new AddParticipant(
                        Objects.requireNonNull(request.role()),
                        request.memberId(),
                        request.fullName(),
                        request.positionTitle(),
                        request.exclusion(),
                        request.groupId(),
                        Boolean.TRUE.equals(request.groupLeader())),
                actor);
        return ResponseEntity.status(201).body(conferences.view(id, actor));
    }

    /** Sets a participant's attendance, exclusion from the vote base, and group. */
    @PutMapping("/{id}/participants/{participantId}")
    @ConferenceManagers
    ConferenceView updateParticipant(
            @PathVariable UUID id,
            @PathVariable UUID participantId,
            @Valid @RequestBody ConferenceParticipantUpdateRequest request,
            Actor actor) {
        management.updateParticipant(
                id,
                participantId,
                new UpdateParticipant(
                        request.positionTitle(),
                        Boolean.TRUE.equals(request.exempt()),
                        request.exclusion(),
                        request.attendance(),
                        request.groupId(),
                        Boolean.TRUE.equals(request.groupLeader()),
                        Objects.requireNonNull(request.version())),
                actor);
        return conferences.view(id, actor);
    }

    /** Puts a draft to the conference (its first version). */
    @PostMapping("/{id}/drafts")
    @ConferenceManagers
    ResponseEntity<ConferenceView> addDraft(
            @PathVariable UUID id, @Valid @RequestBody ConferenceDraftRequest request, Actor actor) {
        management.addDraft(
                id,
                Objects.requireNonNull(request.title()),
                request.responsible(),
                request.documentId(),
                request.text(),
                actor);
        return ResponseEntity.status(201).body(conferences.view(id, actor));
    }

    /** Adds the next version of a draft, citing the accepted opinions it takes in. */
    @PostMapping("/{id}/drafts/{draftId}/versions")
    @ConferenceManagers
    ResponseEntity<ConferenceView> addVersion(
            @PathVariable UUID id,
            @PathVariable UUID draftId,
            @Valid @RequestBody ConferenceVersionRequest request,
            Actor actor) {
        management.addVersion(
                id,
                draftId,
                request.text(),
                request.note(),
                request.opinionIds() == null ? List.of() : request.opinionIds(),
                actor);
        return ResponseEntity.status(201).body(conferences.view(id, actor));
    }

    /** The opinions, filtered by draft, group and disposition. */
    @GetMapping("/{id}/opinions")
    @ConferenceReaders
    List<OpinionView> opinions(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID draftId,
            @RequestParam(required = false) @Nullable UUID groupId,
            @RequestParam(required = false) @Nullable Disposition disposition,
            @RequestParam(defaultValue = "false") boolean pending,
            Actor actor) {
        return conferences.opinions(id, draftId, groupId, disposition, pending, actor);
    }

    /** Records an opinion: the staff anyone's, a delegate their own, a consulted organisation's staff its comments. */
    @PostMapping("/{id}/opinions")
    @ConferenceReaders
    ResponseEntity<OpinionView> submitOpinion(
            @PathVariable UUID id, @Valid @RequestBody ConferenceOpinionRequest request, Actor actor) {
        UUID opinion = management.submitOpinion(
                id,
                new SubmitOpinion(
                        Objects.requireNonNull(request.draftId()),
                        request.section(),
                        request.participantId(),
                        request.speakerUnitId(),
                        request.groupId(),
                        Objects.requireNonNull(request.text())),
                actor);
        OpinionView view = conferences.opinions(id, null, null, null, false, actor).stream()
                .filter(o -> o.id().equals(opinion))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + id + "/opinions/" + opinion))
                .body(view);
    }

    /** Records the responsible official's answer to an opinion. */
    @PostMapping("/{id}/opinions/{opinionId}/response")
    @ConferenceManagers
    OpinionView respond(
            @PathVariable UUID id,
            @PathVariable UUID opinionId,
            @Valid @RequestBody ConferenceResponseRequest request,
            Actor actor) {
        return management.respond(
                id,
                opinionId,
                Objects.requireNonNull(request.disposition()),
                Objects.requireNonNull(request.response()),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** The opinions counted per draft, group and disposition, with the generated summary. */
    @GetMapping("/{id}/opinions/summary")
    @ConferenceReaders
    OpinionDigest summary(@PathVariable UUID id, Actor actor) {
        return conferences.digest(id, actor);
    }

    /** The acceptance and explanation report as a PDF (A4, laid out as a Party document). */
    @GetMapping("/{id}/acceptance-report.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ConferenceReaders
    ResponseEntity<byte[]> acceptancePdf(@PathVariable UUID id, Actor actor) {
        ReportTable table = conferences.acceptanceReport(id, documents.place(), actor);
        return attachment(table, "pdf", MediaType.APPLICATION_PDF).body(documents.pdf(table));
    }

    /** The acceptance and explanation report as an Excel workbook. */
    @GetMapping("/{id}/acceptance-report.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = ReportDocuments.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ConferenceReaders
    ResponseEntity<byte[]> acceptanceWorkbook(@PathVariable UUID id, Actor actor) {
        ReportTable table = conferences.acceptanceReport(id, documents.place(), actor);
        return attachment(table, "xlsx", MediaType.parseMediaType(ReportDocuments.XLSX))
                .body(documents.excel(table));
    }

    /** Records a vote on a resolution; an adopted one is issued as a numbered NQ document. */
    @PostMapping("/{id}/votes")
    @ConferenceManagers
    ResponseEntity<ConferenceView.ConferenceVote> vote(
            @PathVariable UUID id, @Valid @RequestBody ConferenceVoteRequest request, Actor actor) {
        ConferenceView.ConferenceVote vote = management.recordVote(
                id,
                new RecordVote(
                        Objects.requireNonNull(request.title()),
                        Objects.requireNonNull(request.method()),
                        Objects.requireNonNull(request.votesFor()),
                        Objects.requireNonNull(request.against()),
                        Objects.requireNonNull(request.abstentions()),
                        Objects.requireNonNull(request.issuerCode()),
                        request.programmeItemId()),
                actor);
        return ResponseEntity.status(201).body(vote);
    }

    private static ResponseEntity.BodyBuilder attachment(ReportTable table, String extension, MediaType type) {
        String name = "tiep-thu-giai-trinh-" + table.referenceDate() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore());
    }

    /**
     * A new conference.
     *
     * @param orgUnitId the unit whose body holds it
     * @param body the body
     * @param kind the kind
     * @param heldOn the day
     * @param place where
     * @param topic a thematic conference's topic
     * @param title a consultation's title
     * @param programmeItemId the planned thematic conference it fulfils
     */
    record ConferencePlanRequest(
            @NotNull(message = "{conference.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{conference.body.required}") @Nullable
            ConferenceBody body,

            @NotNull(message = "{conference.kind.required}") @Nullable
            ConferenceKind kind,

            @NotNull(message = "{conference.heldOn.required}") @Nullable
            LocalDate heldOn,

            @Size(max = 300, message = "{conference.place.size}") @Nullable
            String place,

            @Size(max = 500, message = "{conference.topic.size}") @Nullable
            String topic,

            @Size(max = 500, message = "{conference.title.size}") @Nullable
            String title,

            @Nullable UUID programmeItemId) {}

    /**
     * A change of day, place or topic.
     *
     * @param heldOn the day
     * @param place where
     * @param topic the topic
     * @param version the conference's version as read
     */
    record ConferenceUpdateRequest(
            @NotNull(message = "{conference.heldOn.required}") @Nullable
            LocalDate heldOn,

            @Size(max = 300, message = "{conference.place.size}") @Nullable
            String place,

            @Size(max = 500, message = "{conference.topic.size}") @Nullable
            String topic,

            @NotNull(message = "{conference.version.required}") @Nullable
            Long version) {}

    /**
     * The agenda.
     *
     * @param items the items in order
     * @param version the conference's version as read
     */
    record ConferenceAgendaRequest(
            @NotNull(message = "{conference.agenda.required}")
            @Size(max = 50, message = "{conference.agenda.size}")
            @Valid
            List<ConferenceAgendaItemRequest> items,

            @NotNull(message = "{conference.version.required}") @Nullable
            Long version) {}

    /**
     * An agenda item.
     *
     * @param title what
     * @param presenter who presents it
     */
    record ConferenceAgendaItemRequest(
            @NotBlank(message = "{conference.agenda.title.required}")
            @Size(max = 500, message = "{conference.title.size}")
            @Nullable
            String title,

            @Size(max = 200, message = "{conference.name.size}") @Nullable
            String presenter) {}

    /**
     * A discussion group.
     *
     * @param name its name, e.g. "Tổ 1"
     */
    record ConferenceGroupRequest(
            @NotBlank(message = "{conference.group.name.required}")
            @Size(max = 200, message = "{conference.name.size}")
            @Nullable
            String name) {}

    /**
     * A participant.
     *
     * @param role body member or guest
     * @param memberId the member
     * @param fullName a guest's name
     * @param positionTitle position
     * @param exclusion standing exclusion from the vote base
     * @param groupId group
     * @param groupLeader leads the group
     */
    record ConferenceParticipantRequest(
            @NotNull(message = "{conference.role.required}") @Nullable
            ParticipantRole role,

            @Nullable UUID memberId,

            @Size(max = 200, message = "{conference.name.size}") @Nullable
            String fullName,

            @Size(max = 300, message = "{conference.position.size}") @Nullable
            String positionTitle,

            @Nullable BaseExclusion exclusion,
            @Nullable UUID groupId,
            @Nullable Boolean groupLeader) {}

    /**
     * A participant's attendance, exclusion and group.
     *
     * @param positionTitle position
     * @param exempt exempted from party activity
     * @param exclusion standing exclusion
     * @param attendance attendance
     * @param groupId group
     * @param groupLeader leads the group
     * @param version the participation's version as read
     */
    record ConferenceParticipantUpdateRequest(
            @Size(max = 300, message = "{conference.position.size}") @Nullable
            String positionTitle,

            @Nullable Boolean exempt,
            @Nullable BaseExclusion exclusion,
            @Nullable Presence attendance,
            @Nullable UUID groupId,
            @Nullable Boolean groupLeader,

            @NotNull(message = "{conference.version.required}") @Nullable
            Long version) {}

    /**
     * A draft.
     *
     * @param title its title
     * @param responsible the official who answers opinions on it
     * @param documentId a linked library document
     * @param text its text as put to the conference
     */
    record ConferenceDraftRequest(
            @NotBlank(message = "{conference.draft.title.required}")
            @Size(max = 500, message = "{conference.title.size}")
            @Nullable
            String title,

            @Size(max = 200, message = "{conference.name.size}") @Nullable
            String responsible,

            @Nullable Long documentId,

            @Size(max = 100000, message = "{conference.draft.text.size}") @Nullable
            String text) {}

    /**
     * A new version of a draft.
     *
     * @param text its text
     * @param note what changed
     * @param opinionIds the accepted opinions it takes in
     */
    record ConferenceVersionRequest(
            @Size(max = 100000, message = "{conference.draft.text.size}") @Nullable
            String text,

            @Size(max = 2000, message = "{conference.note.size}") @Nullable
            String note,

            @Size(max = 500, message = "{conference.opinionIds.size}") @Nullable
            List<UUID> opinionIds) {}

    /**
     * An opinion.
     *
     * @param draftId the draft
     * @param section the section
     * @param participantId the delegate (staff recording; a member's own is taken from the login)
     * @param speakerUnitId the organisation commenting (consultations)
     * @param groupId the group
     * @param text what was said
     */
    record ConferenceOpinionRequest(
            @NotNull(message = "{conference.draftId.required}") @Nullable
            UUID draftId,

            @Size(max = 300, message = "{conference.section.size}") @Nullable
            String section,

            @Nullable UUID participantId,
            @Nullable Long speakerUnitId,
            @Nullable UUID groupId,

            @NotBlank(message = "{conference.opinion.text.required}")
            @Size(max = 8000, message = "{conference.text.size}")
            @Nullable
            String text) {}

    /**
     * An answer to an opinion.
     *
     * @param disposition accepted, explained or reserved
     * @param response the answer
     * @param version the opinion's version as read
     */
    record ConferenceResponseRequest(
            @NotNull(message = "{conference.disposition.required}") @Nullable
            Disposition disposition,

            @NotBlank(message = "{conference.response.required}")
            @Size(max = 8000, message = "{conference.text.size}")
            @Nullable
            String response,

            @NotNull(message = "{conference.version.required}") @Nullable
            Long version) {}

    /**
     * A vote on a resolution.
     *
     * @param title the resolution
     * @param method how voted
     * @param votesFor for
     * @param against against
     * @param abstentions abstaining
     * @param issuerCode the issuing body's suffix of the NQ number, e.g. TU, ĐU
     * @param programmeItemId the planned thematic resolution it fulfils
     */
    record ConferenceVoteRequest(
            @NotBlank(message = "{conference.vote.title.required}")
            @Size(max = 500, message = "{conference.title.size}")
            @Nullable
            String title,

            @NotNull(message = "{conference.vote.method.required}") @Nullable
            VoteMethod method,

            @NotNull(message = "{conference.vote.count.required}")
            @Min(value = 0, message = "{conference.vote.count.min}")
            @Max(value = 100000, message = "{conference.vote.count.min}")
            @Nullable
            Integer votesFor,

            @NotNull(message = "{conference.vote.count.required}")
            @Min(value = 0, message = "{conference.vote.count.min}")
            @Max(value = 100000, message = "{conference.vote.count.min}")
            @Nullable
            Integer against,

            @NotNull(message = "{conference.vote.count.required}")
            @Min(value = 0, message = "{conference.vote.count.min}")
            @Max(value = 100000, message = "{conference.vote.count.min}")
            @Nullable
            Integer abstentions,

            @NotBlank(message = "{conference.issuerCode.required}")
            @Size(max = 10, message = "{conference.issuerCode.size}")
            @jakarta.validation.constraints.Pattern(regexp = "[A-ZĐ]*", message = "{conference.issuerCode.pattern}")
            @Nullable
            String issuerCode,

            @Nullable UUID programmeItemId) {}
}

package vn.dangvu.congress.internal;

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
import vn.dangvu.congress.CongressDocument;
import vn.dangvu.congress.CongressKind;
import vn.dangvu.congress.CongressManagement;
import vn.dangvu.congress.CongressView;
import vn.dangvu.congress.Congresses;
import vn.dangvu.congress.CredentialStatus;
import vn.dangvu.congress.DelegateCategory;
import vn.dangvu.congress.DelegateList;
import vn.dangvu.congress.PlanCongress;
import vn.dangvu.congress.SeasonProgress;
import vn.dangvu.congress.SeasonStatus;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.report.ReportDocuments;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Role;

/** Congresses: plan and milestones, delegates and credentials, documents, and the season progress with exports. */
@RestController
@RequestMapping("/api/v1/congresses")
class CongressController {

    private final CongressManagement management;
    private final Congresses congresses;
    private final ReportDocuments reports;
    private final AuditTrail audit;

    CongressController(
            CongressManagement management, Congresses congresses, ReportDocuments reports, AuditTrail audit) {
        this.management = management;
        this.congresses = congresses;
        this.reports = reports;
        this.audit = audit;
    }

    /** The congresses of the caller's scope, optionally of a season and inside a subtree. */
    @GetMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    List<CongressView> list(
            @RequestParam(required = false) @Nullable Integer season,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            Actor actor) {
        return congresses.list(actor, season, orgUnitId);
    }

    /** Plans the congress of an organisation for a season; the number is computed (HD 06-HD/TW) unless overridden. */
    @PostMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    ResponseEntity<CongressView> plan(@Valid @RequestBody PlanRequest request, Actor actor) {
        CongressView view = management.plan(request.toCommand(), actor);
        return ResponseEntity.created(URI.create("/api/v1/congresses/" + view.id()))
                .body(view);
    }

    /** A congress with its milestones and the 30-working-day notice check. */
    @GetMapping("/{id}")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    CongressView view(@PathVariable UUID id, Actor actor) {
        return congresses.view(id, actor);
    }

    /** Rewrites the plan of a congress not yet held. */
    @PutMapping("/{id}")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    CongressView replan(@PathVariable UUID id, @Valid @RequestBody ReplanRequest request, Actor actor) {
        CongressView current = congresses.view(id, actor);
        return management.replan(
                id,
                new PlanCongress(
                        current.orgUnitId(),
                        current.season(),
                        Objects.requireNonNull(request.termMonths()),
                        Objects.requireNonNull(request.kind()),
                        Objects.requireNonNull(request.plannedOn()),
                        Boolean.TRUE.equals(request.pilot()),
                        Boolean.TRUE.equals(request.directSecretary()),
                        request.congressNumber(),
                        request.numberReason()),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** Records the announcement of the opening date (at least 30 working days before, QĐ 24 §11.1). */
    @PostMapping("/{id}/announcement")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    CongressView announce(@PathVariable UUID id, @Valid @RequestBody AnnounceRequest request, Actor actor) {
        return management.announce(
                id,
                Objects.requireNonNull(request.announcedOn()),
                Objects.requireNonNull(request.opensOn()),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** Records the congress held (dates, attendance) and the term it begins. */
    @PostMapping("/{id}/holding")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    CongressView hold(@PathVariable UUID id, @Valid @RequestBody HoldRequest request, Actor actor) {
        return management.hold(
                id,
                Objects.requireNonNull(request.heldFrom()),
                Objects.requireNonNull(request.heldTo()),
                request.attendanceSummoned(),
                request.attendancePresent(),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** Records the superior's approval (chuẩn y) of the results. */
    @PostMapping("/{id}/approval")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE})
    CongressView approve(@PathVariable UUID id, @Valid @RequestBody ApproveRequest request, Actor actor) {
        return management.approve(
                id,
                Objects.requireNonNull(request.decisionNumber()),
                Objects.requireNonNull(request.decisionDate()),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** The delegates with their credentials and the attendance count (audited: personal data). */
    @GetMapping("/{id}/delegates")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    DelegateList delegates(@PathVariable UUID id, Actor actor) {
        DelegateList list = congresses.delegateList(id, actor);
        audit.record("congress.delegates.read", "congress", id, null);
        return list;
    }

    /** Adds a delegate: an active member of the organisation's subtree. */
    @PostMapping("/{id}/delegates")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    ResponseEntity<DelegateList> addDelegate(
            @PathVariable UUID id, @Valid @RequestBody DelegateRequest request, Actor actor) {
        DelegateList list = management.addDelegate(
                id,
                Objects.requireNonNull(request.memberId()),
                Objects.requireNonNull(request.category()),
                request.electedBy(),
                actor);
        return ResponseEntity.created(URI.create("/api/v1/congresses/" + id + "/delegates"))
                .body(list);
    }

    /** The credentials committee's finding on a delegate. */
    @PostMapping("/{id}/delegates/{delegateId}/credential")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    DelegateList credential(
            @PathVariable UUID id,
            @PathVariable UUID delegateId,
            @Valid @RequestBody CredentialRequest request,
            Actor actor) {
        return management.review(
                id,
                delegateId,
                Objects.requireNonNull(request.status()),
                request.reason(),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** An alternate delegate (the path's) takes the place of an official delegate. */
    @PostMapping("/{id}/delegates/{delegateId}/substitution")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    DelegateList substitute(
            @PathVariable UUID id,
            @PathVariable UUID delegateId,
            @Valid @RequestBody SubstitutionRequest request,
            Actor actor) {
        return management.substitute(
                id,
                delegateId,
                Objects.requireNonNull(request.officialId()),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** Marks a delegate present or absent. */
    @PostMapping("/{id}/delegates/{delegateId}/attendance")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    DelegateList attendance(
            @PathVariable UUID id,
            @PathVariable UUID delegateId,
            @Valid @RequestBody AttendanceRequest request,
            Actor actor) {
        return management.attendance(
                id,
                delegateId,
                Objects.requireNonNull(request.present()),
                Objects.requireNonNull(request.version()),
                actor);
    }

    /** The congress's documents (numbered 01… in the congress sequence when published). */
    @GetMapping("/{id}/documents")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    List<CongressDocument> documents(@PathVariable UUID id, Actor actor) {
        return congresses.documents(id, actor);
    }

    /** Links a congress document of the organisation to the congress. */
    @PostMapping("/{id}/documents")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY})
    List<CongressDocument> linkDocument(
            @PathVariable UUID id, @Valid @RequestBody LinkDocumentRequest request, Actor actor) {
        return management.linkDocument(id, Objects.requireNonNull(request.documentId()), actor);
    }

    /** The season's progress over a subtree, per level: held / planned / not planned / overdue. */
    @GetMapping("/progress")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    SeasonProgress progress(@RequestParam long orgUnitId, @RequestParam int season, Actor actor) {
        return congresses.progress(orgUnitId, season, actor);
    }

    /** The organisations of a subtree whose congress of the season is not held (the drill-down). */
    @GetMapping("/progress/missing")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    List<SeasonProgress.MissingOrganisation> missing(
            @RequestParam long orgUnitId,
            @RequestParam int season,
            @RequestParam(required = false) @Nullable OrgUnitKind kind,
            @RequestParam(required = false) @Nullable SeasonStatus status,
            Actor actor) {
        return congresses.missing(orgUnitId, season, kind, status, actor);
    }

    /** The season's progress as a PDF laid out as a Party report (the report module's printing). */
    @GetMapping("/progress.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    ResponseEntity<byte[]> progressPdf(@RequestParam long orgUnitId, @RequestParam int season, Actor actor) {
        SeasonProgress progress = congresses.progress(orgUnitId, season, actor);
        return download(progress, "pdf", MediaType.APPLICATION_PDF)
                .body(reports.pdf(SeasonProgressReport.table(progress, reports.place())));
    }

    /** The same as an Excel workbook. */
    @GetMapping("/progress.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = ReportDocuments.XLSX, schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.CELL_SECRETARY, Role.LEADERSHIP})
    ResponseEntity<byte[]> progressExcel(@RequestParam long orgUnitId, @RequestParam int season, Actor actor) {
        SeasonProgress progress = congresses.progress(orgUnitId, season, actor);
        return download(progress, "xlsx", MediaType.parseMediaType(ReportDocuments.XLSX))
                .body(reports.excel(SeasonProgressReport.table(progress, reports.place())));
    }

    private static ResponseEntity.BodyBuilder download(SeasonProgress progress, String extension, MediaType type) {
        String name = "tien-do-dai-hoi-" + progress.season() + "-" + progress.rootUnitId() + "-" + progress.today()
                + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore());
    }

    /**
     * A congress to plan.
     *
     * @param orgUnitId the organisation
     * @param season first year of the term
     * @param termMonths 60, or 30 for a chi bộ trực thuộc
     * @param kind members' or delegates' congress
     * @param plannedOn planned day
     * @param pilot pilot congress
     * @param directSecretary direct election of the secretary
     * @param congressNumber a number other than the computed one
     * @param numberReason why
     */
    record PlanRequest(
            @NotNull(message = "{congress.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{congress.season.required}")
            @Min(value = 1930, message = "{congress.season.range}")
            @Max(value = 2200, message = "{congress.season.range}")
            @Nullable
            Integer season,

            @Nullable Integer termMonths,

            @NotNull(message = "{congress.kind.required}") @Nullable
            CongressKind kind,

            @NotNull(message = "{congress.plannedOn.required}") @Nullable
            LocalDate plannedOn,

            @Nullable Boolean pilot,
            @Nullable Boolean directSecretary,

            @Min(value = 1, message = "{congress.number.range}")
            @Max(value = 200, message = "{congress.number.range}")
            @Nullable
            Integer congressNumber,

            @Size(max = 500, message = "{congress.numberReason.size}") @Nullable
            String numberReason) {

        PlanCongress toCommand() {
            return new PlanCongress(
                    Objects.requireNonNull(orgUnitId),
                    Objects.requireNonNull(season),
                    termMonths == null ? 60 : termMonths,
                    Objects.requireNonNull(kind),
                    Objects.requireNonNull(plannedOn),
                    Boolean.TRUE.equals(pilot),
                    Boolean.TRUE.equals(directSecretary),
                    congressNumber,
                    numberReason);
        }
    }

    /**
     * A plan rewritten.
     *
     * @param termMonths 60, or 30 for a chi bộ trực thuộc
     * @param kind members' or delegates' congress
     * @param plannedOn planned day
     * @param pilot pilot congress
     * @param directSecretary direct election of the secretary
     * @param congressNumber a number other than the computed one
     * @param numberReason why
     * @param version the version read
     */
    record ReplanRequest(
            @NotNull(message = "{congress.termMonths.required}") @Nullable
            Integer termMonths,

            @NotNull(message = "{congress.kind.required}") @Nullable
            CongressKind kind,

            @NotNull(message = "{congress.plannedOn.required}") @Nullable
            LocalDate plannedOn,

            @Nullable Boolean pilot,
            @Nullable Boolean directSecretary,

            @Min(value = 1, message = "{congress.number.range}")
            @Max(value = 200, message = "{congress.number.range}")
            @Nullable
            Integer congressNumber,

            @Size(max = 500, message = "{congress.numberReason.size}") @Nullable
            String numberReason,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * The announcement of the opening.
     *
     * @param announcedOn the day announced
     * @param opensOn the opening date
     * @param version the version read
     */
    record AnnounceRequest(
            @NotNull(message = "{congress.announcedOn.required}") @Nullable
            LocalDate announcedOn,

            @NotNull(message = "{congress.opensOn.required}") @Nullable
            LocalDate opensOn,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * The congress held.
     *
     * @param heldFrom first day
     * @param heldTo last day
     * @param attendanceSummoned members summoned (a members' congress, or one without a delegate list)
     * @param attendancePresent of them present
     * @param version the version read
     */
    record HoldRequest(
            @NotNull(message = "{congress.heldFrom.required}") @Nullable
            LocalDate heldFrom,

            @NotNull(message = "{congress.heldTo.required}") @Nullable
            LocalDate heldTo,

            @Min(value = 0, message = "{congress.attendance.range}") @Nullable
            Integer attendanceSummoned,

            @Min(value = 0, message = "{congress.attendance.range}") @Nullable
            Integer attendancePresent,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * The superior's approval.
     *
     * @param decisionNumber the decision's number and symbol
     * @param decisionDate its date
     * @param version the version read
     */
    record ApproveRequest(
            @NotBlank(message = "{congress.decisionNumber.required}")
            @Size(max = 60, message = "{congress.decisionNumber.size}")
            @Nullable
            String decisionNumber,

            @NotNull(message = "{congress.decisionDate.required}") @Nullable
            LocalDate decisionDate,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * A delegate to add.
     *
     * @param memberId the member
     * @param category official, alternate or ex officio
     * @param electedBy which lower congress elected them
     */
    record DelegateRequest(
            @NotNull(message = "{congress.memberId.required}") @Nullable
            UUID memberId,

            @NotNull(message = "{congress.category.required}") @Nullable
            DelegateCategory category,

            @Size(max = 300, message = "{congress.electedBy.size}") @Nullable
            String electedBy) {}

    /**
     * A credentials finding.
     *
     * @param status accepted or rejected
     * @param reason why rejected
     * @param version the delegate's version read
     */
    record CredentialRequest(
            @NotNull(message = "{congress.credential.required}") @Nullable
            CredentialStatus status,

            @Size(max = 500, message = "{congress.reason.size}") @Nullable
            String reason,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * A substitution.
     *
     * @param officialId the official delegate replaced
     * @param version the alternate's version read
     */
    record SubstitutionRequest(
            @NotNull(message = "{congress.officialId.required}") @Nullable
            UUID officialId,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * Attendance.
     *
     * @param present present or not
     * @param version the delegate's version read
     */
    record AttendanceRequest(
            @NotNull(message = "{congress.present.required}") @Nullable
            Boolean present,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * A document to link.
     *
     * @param documentId the document
     */
    record LinkDocumentRequest(
            @NotNull(message = "{congress.documentId.required}") @Nullable
            Long documentId) {}
}

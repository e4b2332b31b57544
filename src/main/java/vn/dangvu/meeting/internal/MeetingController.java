package vn.dangvu.meeting.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.meeting.Guest;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingManagement;
import vn.dangvu.meeting.MeetingState;
import vn.dangvu.meeting.MeetingSummary;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.Meetings;
import vn.dangvu.meeting.PlanMeeting;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** Cell meetings for the staff: list, plan, change, cancel, invite, start and end. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingController {

    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    private final MeetingManagement management;
    private final Meetings meetings;
    private final MeetingQueries queries;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;

    MeetingController(
            MeetingManagement management,
            Meetings meetings,
            MeetingQueries queries,
            OrgUnits orgUnits,
            AuditTrail audit) {
        this.management = management;
        this.meetings = meetings;
        this.queries = queries;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    /** Meetings of the caller's scope (or a subtree of it), by period and state, newest first, with their flags. */
    @GetMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    PageResult<MeetingSummary> list(
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable MeetingState state,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        OrgScope scope = actor.scopeFor(READERS);
        String path = orgUnitId == null ? null : unitPath(orgUnitId, scope);
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "meeting.period.invalid").onField("to");
        }
        return queries.list(scope, path, from, to, state, paging);
    }

    /** Plans a meeting; an empty agenda takes the template of HD 09-HD/BTCTW. */
    @PostMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    ResponseEntity<MeetingView> plan(@Valid @RequestBody PlanMeetingRequest request, Actor actor) {
        UUID id = management.plan(request.toCommand(), actor);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id))
                .body(meetings.detail(id, actor.scopeFor(READERS)));
    }

    /** A meeting with its materials, invitations (names of members: audited) and minutes. */
    @GetMapping("/{id}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    MeetingView get(@PathVariable UUID id, Actor actor) {
        MeetingView view = meetings.detail(id, actor.scopeFor(READERS));
        audit.record("meeting.read", "meeting", id, null);
        return view;
    }

    /** Changes a meeting not yet held (409 when the version is stale); invited members are told. */
    @PutMapping("/{id}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    MeetingView update(@PathVariable UUID id, @Valid @RequestBody PlanMeetingRequest request, Actor actor) {
        if (request.version() == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "meeting.version.required").onField("version");
        }
        management.update(id, request.toCommand(), request.version(), actor);
        return meetings.detail(id, actor.scopeFor(READERS));
    }

    /** Cancels a meeting not yet held; invited members are told. */
    @PostMapping("/{id}/cancel")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    MeetingView cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request, Actor actor) {
        management.cancel(
                id, Objects.requireNonNull(request.reason()), Objects.requireNonNull(request.version()), actor);
        return meetings.detail(id, actor.scopeFor(READERS));
    }

    /** Invites the cell's current members and the guests, and tells the members. */
    @PostMapping("/{id}/invitations")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    MeetingView invite(@PathVariable UUID id, @Valid @RequestBody InviteRequest request, Actor actor) {
        List<Guest> guests = request.guests() == null
                ? List.of()
                : request.guests().stream()
                        .map(g -> new Guest(g.memberId(), g.name(), Objects.requireNonNull(g.role())))
                        .toList();
        management.sendInvitations(id, guests, actor);
        return meetings.detail(id, actor.scopeFor(READERS));
    }

    /** Starts an invited meeting now. */
    @PostMapping("/{id}/start")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    MeetingView start(@PathVariable UUID id, @Valid @RequestBody VersionRequest request, Actor actor) {
        management.start(id, Objects.requireNonNull(request.version()), actor);
        return meetings.detail(id, actor.scopeFor(READERS));
    }

    /** Ends a started meeting now; its length is checked against the minimum of HD 42-HD/BTCTW 2025. */
    @PostMapping("/{id}/end")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    MeetingView end(@PathVariable UUID id, @Valid @RequestBody VersionRequest request, Actor actor) {
        management.end(id, Objects.requireNonNull(request.version()), actor);
        return meetings.detail(id, actor.scopeFor(READERS));
    }

    private String unitPath(long orgUnitId, OrgScope scope) {
        return orgUnits.findWithin(orgUnitId, scope)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId))
                .path();
    }

    /**
     * Body of a plan or change.
     *
     * @param orgUnitId the cell
     * @param kind REGULAR, THEMATIC, COMBINED or EXTRAORDINARY
     * @param title the title
     * @param plannedStart planned start (ISO-8601 instant)
     * @param place the place
     * @param agenda agenda items; empty takes the template
     * @param version the version last read (for a change)
     */
    record PlanMeetingRequest(
            @NotNull(message = "{meeting.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{meeting.kind.required}") @Nullable
            MeetingKind kind,

            @NotBlank(message = "{meeting.title.required}") @Size(max = 300, message = "{meeting.text.size}") @Nullable
            String title,

            @NotNull(message = "{meeting.plannedStart.required}") @Nullable
            Instant plannedStart,

            @Size(max = 300, message = "{meeting.text.size}") @Nullable
            String place,

            @Nullable @Size(max = 30, message = "{meeting.agenda.size}")
            List<@Size(max = 500, message = "{meeting.text.size}") String> agenda,

            @Nullable Long version) {

        PlanMeeting toCommand() {
            return new PlanMeeting(
                    Objects.requireNonNull(orgUnitId),
                    Objects.requireNonNull(kind),
                    Objects.requireNonNull(title),
                    Objects.requireNonNull(plannedStart),
                    place,
                    agenda == null ? List.of() : agenda);
        }
    }

    /**
     * Body of a cancellation.
     *
     * @param reason why
     * @param version the version last read
     */
    record CancelRequest(
            @NotBlank(message = "{meeting.cancel.reason-required}")
            @Size(max = 1000, message = "{meeting.text.size}")
            @Nullable
            String reason,

            @NotNull(message = "{meeting.version.required}") @Nullable
            Long version) {}

    /**
     * Body of a state change.
     *
     * @param version the version last read
     */
    record VersionRequest(
            @NotNull(message = "{meeting.version.required}") @Nullable
            Long version) {}

    /**
     * Body of the invitations.
     *
     * @param guests guests besides the cell's members
     */
    record InviteRequest(
            @Nullable @Size(max = 20, message = "{meeting.guests.size}")
            List<@Valid GuestRequest> guests) {}

    /**
     * A guest.
     *
     * @param memberId a member of another unit, or {@code null}
     * @param name a free-text guest's name
     * @param role their role
     */
    record GuestRequest(
            @Nullable UUID memberId,

            @Size(max = 200, message = "{meeting.text.size}") @Nullable
            String name,

            @NotBlank(message = "{meeting.guest.role-required}")
            @Size(max = 200, message = "{meeting.text.size}")
            @Nullable
            String role) {}
}

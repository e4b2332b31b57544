package vn.dangvu.meeting.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.meeting.Attendance;
import vn.dangvu.meeting.AttendanceStatistics;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.meeting.InvitationView;
import vn.dangvu.meeting.MarkAttendance;
import vn.dangvu.meeting.MeetingManagement;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.Meetings;
import vn.dangvu.meeting.RecordMinutes;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/** Attendance taking, minutes and attendance statistics. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingAttendanceController {

    private final MeetingManagement management;
    private final Meetings meetings;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    MeetingAttendanceController(
            MeetingManagement management,
            Meetings meetings,
            OrgUnits orgUnits,
            AuditTrail audit,
            java.time.Clock clock) {
        this.management = management;
        this.meetings = meetings;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The secretary checks an invited member in, by id or by the party card's QR payload ({@code DANGVU-CARD:<no>});
     * a second check-in keeps the first time.
     */
    @PostMapping("/{id}/check-ins")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    InvitationView checkIn(@PathVariable UUID id, @Valid @RequestBody CheckInRequest request, Actor actor) {
        return management.checkIn(id, request.memberId(), request.cardNumber(), actor);
    }

    /** The secretary's attendance of one invitation: present, absent with or without reason, base exclusion. */
    @PutMapping("/{id}/invitations/{invitationId}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    InvitationView mark(
            @PathVariable UUID id,
            @PathVariable UUID invitationId,
            @Valid @RequestBody MarkRequest request,
            Actor actor) {
        management.mark(
                id,
                invitationId,
                new MarkAttendance(
                        Objects.requireNonNull(request.attendance()), request.absenceReason(), request.baseExclusion()),
                actor);
        return meetings.detail(id, actor.scopeFor(MeetingManagement.ORGANISERS)).invitations().stream()
                .filter(i -> i.id().equals(invitationId))
                .findFirst()
                .orElseThrow();
    }

    /** Records the minutes and the resolution's vote; answers the meeting with the quorum result. */
    @PutMapping("/{id}/minutes")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    MeetingView minutes(@PathVariable UUID id, @Valid @RequestBody MinutesRequest request, Actor actor) {
        management.recordMinutes(
                id,
                new RecordMinutes(
                        Objects.requireNonNull(request.minutesText()),
                        request.resolutionText(),
                        Objects.requireNonNull(request.votesFor()),
                        Objects.requireNonNull(request.votesAgainst()),
                        Objects.requireNonNull(request.votesAbstain())),
                Objects.requireNonNull(request.version()),
                actor);
        return meetings.detail(id, actor.scopeFor(MeetingController.READERS));
    }

    /**
     * Attendance at the meetings held in a period over a unit's subtree (default: the caller's first scope root, the
     * last 12 months): per cell rolled up, and per member with consecutive absences (HD 12-HD/BTCTW 2018).
     */
    @GetMapping("/attendance")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    AttendanceStatistics attendance(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor) {
        OrgScope scope = actor.scopeFor(MeetingController.READERS);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusMonths(12).plusDays(1) : from;
        if (last.isBefore(first) || first.plusYears(5).isBefore(last)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "meeting.period.invalid").onField("to");
        }
        OrgUnitRef unit = unitId == null ? rootOf(scope) : ref(unitId, scope);
        AttendanceStatistics statistics = meetings.attendance(unit, first, last);
        audit.record("meeting.attendance.read", "org-unit", unit.id(), null);
        return statistics;
    }

    private OrgUnitRef ref(long unitId, OrgScope scope) {
        return orgUnits.findWithin(unitId, scope)
                .map(v -> new OrgUnitRef(v.id(), v.kind(), v.name(), v.path()))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
    }

    private OrgUnitRef rootOf(OrgScope scope) {
        String path = scope.paths().get(0);
        String[] parts = path.split("/");
        return ref(Long.parseLong(parts[parts.length - 1]), scope);
    }

    /**
     * Body of a check-in by the secretary: one of the two.
     *
     * @param memberId the member
     * @param cardNumber the party card number, or the QR payload {@code DANGVU-CARD:<number>}
     */
    record CheckInRequest(
            @Nullable UUID memberId,

            @Size(max = 60, message = "{meeting.text.size}") @Nullable
            String cardNumber) {}

    /**
     * Body of an attendance record.
     *
     * @param attendance PRESENT, ABSENT_EXCUSED or ABSENT_UNEXCUSED
     * @param absenceReason the reason of an absence (required when excused)
     * @param baseExclusion why an official member is out of the quorum base
     */
    record MarkRequest(
            @NotNull(message = "{meeting.attendance.required}") @Nullable
            Attendance attendance,

            @Size(max = 1000, message = "{meeting.text.size}") @Nullable
            String absenceReason,

            @Nullable BaseExclusion baseExclusion) {}

    /**
     * Body of the minutes.
     *
     * @param minutesText the minutes
     * @param resolutionText the resolution
     * @param votesFor in favour
     * @param votesAgainst against
     * @param votesAbstain abstaining
     * @param version the meeting's version last read
     */
    record MinutesRequest(
            @NotBlank(message = "{meeting.minutes.text-required}")
            @Size(max = 20000, message = "{meeting.text.size}")
            @Nullable
            String minutesText,

            @Size(max = 20000, message = "{meeting.text.size}") @Nullable
            String resolutionText,

            @NotNull(message = "{meeting.votes.required}")
            @Min(value = 0, message = "{meeting.votes.negative}")
            @Nullable
            Integer votesFor,

            @NotNull(message = "{meeting.votes.required}")
            @Min(value = 0, message = "{meeting.votes.negative}")
            @Nullable
            Integer votesAgainst,

            @NotNull(message = "{meeting.votes.required}")
            @Min(value = 0, message = "{meeting.votes.negative}")
            @Nullable
            Integer votesAbstain,

            @NotNull(message = "{meeting.version.required}") @Nullable
            Long version) {}
}

package vn.dangvu.grassroots.internal;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.grassroots.CommitteeMemberView;
import vn.dangvu.grassroots.FollowUpStatus;
import vn.dangvu.grassroots.FollowUpToTask;
import vn.dangvu.grassroots.FollowUpView;
import vn.dangvu.grassroots.GrassrootsManagement;
import vn.dangvu.grassroots.GrassrootsWork;
import vn.dangvu.grassroots.LogVisit;
import vn.dangvu.grassroots.ReviseVisit;
import vn.dangvu.grassroots.VisitDuration;
import vn.dangvu.grassroots.VisitPurpose;
import vn.dangvu.grassroots.VisitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AnyRole;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/** Committee members with their assigned units, their visits and the visits' follow-up tasks. */
@RestController
@RequestMapping("/api/v1/grassroots-work")
class GrassrootsController {

    private final GrassrootsManagement management;
    private final GrassrootsWork work;
    private final AuditTrail audit;

    GrassrootsController(GrassrootsManagement management, GrassrootsWork work, AuditTrail audit) {
        this.management = management;
        this.work = work;
        this.audit = audit;
    }

    /** The members of the committee of a unit of the caller's scope, with their assigned units. */
    @GetMapping("/committee-members")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP})
    List<CommitteeMemberView> committeeMembers(@RequestParam long committeeUnitId, Actor actor) {
        return work.committeeMembers(committeeUnitId, actor.scopeFor(GrassrootsManagement.STAFF));
    }

    /** The caller's own appointments to committees (none for staff without a member record). */
    @GetMapping("/committee-members/mine")
    @AnyRole
    List<CommitteeMemberView> mine(Actor actor) {
        UUID memberId = actor.memberId();
        return memberId == null ? List.of() : work.mine(memberId);
    }

    /** Appoints a member of the committee's subtree to the committee of a unit of the caller's scope. */
    @PostMapping("/committee-members")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP})
    ResponseEntity<CommitteeMemberView> appoint(@Valid @RequestBody AppointRequest request, Actor actor) {
        UUID id = management.appoint(
                Objects.requireNonNull(request.committeeUnitId()),
                Objects.requireNonNull(request.memberId()),
                Boolean.TRUE.equals(request.head()),
                actor);
        return ResponseEntity.created(URI.create("/api/v1/grassroots-work/committee-members/" + id))
                .body(work.committeeMember(id, actor.scopeFor(GrassrootsManagement.STAFF)));
    }

    /** Replaces the units a committee member follows (all in the committee's subtree). */
    @PutMapping("/committee-members/{id}/assignments")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP})
    CommitteeMemberView assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request, Actor actor) {
        management.assign(id, request.unitIds(), Objects.requireNonNull(request.version()), actor);
        return work.committeeMember(id, actor.scopeFor(GrassrootsManagement.STAFF));
    }

    /** The visits of a committee member between two days (audited: findings may be confidential). */
    @GetMapping("/committee-members/{id}/visits")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.MEMBER})
    List<VisitView> visits(
            @PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to, Actor actor) {
        List<VisitView> visits = work.visits(id, from, to, OrgScope.of(actor, GrassrootsManagement.STAFF_OR_SELF));
        audit.record("grassroots.visits.read", "grassroots_committee_member", id, null);
        return visits;
    }

    /** Logs a visit of a committee member: their own, or one of the caller's scope. */
    @PostMapping("/visits")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.MEMBER})
    ResponseEntity<VisitView> logVisit(@Valid @RequestBody LogVisitRequest request, Actor actor) {
        LogVisit command = request.toCommand();
        UUID id = management.logVisit(command, actor);
        VisitView view = work
                .visits(
                        command.committeeMemberId(),
                        command.visitedOn(),
                        command.visitedOn(),
                        OrgScope.of(actor, GrassrootsManagement.STAFF_OR_SELF))
                .stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/grassroots-work/visits/" + id))
                .body(view);
    }

    /** Revises a logged visit (the member's own, or one of the caller's scope); stale version 409. */
    @PutMapping("/visits/{id}")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.MEMBER})
    VisitView reviseVisit(@PathVariable UUID id, @Valid @RequestBody ReviseVisitRequest request, Actor actor) {
        ReviseVisit revision = request.toRevision();
        management.reviseVisit(id, revision, actor);
        return work
                .visits(
                        Objects.requireNonNull(request.committeeMemberId()),
                        revision.visitedOn(),
                        revision.visitedOn(),
                        OrgScope.of(actor, GrassrootsManagement.STAFF_OR_SELF))
                .stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("grassroots.visit.not-found", id));
    }

    /** Withdraws a visit logged by mistake, with its follow-up tasks (not once one became a programme task). */
    @DeleteMapping("/visits/{id}")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.MEMBER})
    ResponseEntity<Void> withdrawVisit(@PathVariable UUID id, @RequestParam long version, Actor actor) {
        management.withdrawVisit(id, version, actor);
        return ResponseEntity.noContent().build();
    }

    /** Turns an open follow-up task into a task of a work programme the caller writes for, linked both ways. */
    @PostMapping("/follow-ups/{id}/programme-task")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.MEMBER})
    FollowUpView toProgrammeTask(@PathVariable UUID id, @Valid @RequestBody ProgrammeTaskRequest request, Actor actor) {
        return management.toProgrammeTask(
                id,
                new FollowUpToTask(
                        Objects.requireNonNull(request.programmeId()),
                        Objects.requireNonNull(request.ownerUnitId()),
                        request.ownerPerson(),
                        request.deadline(),
                        Objects.requireNonNull(request.version())),
                actor);
    }

    /** Moves a follow-up task of a visit (open or done). */
    @PostMapping("/follow-ups/{id}/status")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.MEMBER})
    FollowUpView followUpStatus(@PathVariable UUID id, @Valid @RequestBody FollowUpStatusRequest request, Actor actor) {
        return management.setFollowUpStatus(
                id, Objects.requireNonNull(request.status()), Objects.requireNonNull(request.version()), actor);
    }

    /**
     * An appointment to a committee.
     *
     * @param committeeUnitId the unit whose committee
     * @param memberId the member
     * @param head whether they head the committee
     */
    record AppointRequest(
            @NotNull(message = "{grassroots.committeeUnitId.required}") @Nullable
            Long committeeUnitId,

            @NotNull(message = "{grassroots.memberId.required}") @Nullable
            UUID memberId,

            @Nullable Boolean head) {}

    /**
     * The units a committee member follows.
     *
     * @param unitIds the units
     * @param version the appointment's version as read
     */
    record AssignRequest(
            @NotNull(message = "{grassroots.unitIds.required}") @Size(max = 200, message = "{grassroots.unitIds.size}")
            List<Long> unitIds,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * A visit to log.
     *
     * @param committeeMemberId who visited
     * @param orgUnitId the unit visited
     * @param visitedOn the day
     * @param duration half or full day
     * @param purpose what for
     * @param findings what was found
     * @param followUps follow-up tasks
     */
    record LogVisitRequest(
            @NotNull(message = "{grassroots.committeeMemberId.required}") @Nullable
            UUID committeeMemberId,

            @NotNull(message = "{grassroots.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{grassroots.visitedOn.required}") @Nullable
            LocalDate visitedOn,

            @NotNull(message = "{grassroots.duration.required}") @Nullable
            VisitDuration duration,

            @NotNull(message = "{grassroots.purpose.required}") @Nullable
            VisitPurpose purpose,

            @Size(max = 4000, message = "{grassroots.findings.size}") @Nullable
            String findings,

            @Size(max = 20, message = "{grassroots.followUps.size}") @Nullable
            List<@Valid FollowUpRequest> followUps) {

        LogVisit toCommand() {
            return new LogVisit(
                    Objects.requireNonNull(committeeMemberId),
                    Objects.requireNonNull(orgUnitId),
                    Objects.requireNonNull(visitedOn),
                    Objects.requireNonNull(duration),
                    Objects.requireNonNull(purpose),
                    findings == null || findings.isBlank() ? null : findings.strip(),
                    followUps == null
                            ? List.of()
                            : followUps.stream()
                                    .map(f -> new LogVisit.NewFollowUp(
                                            Objects.requireNonNull(f.text()),
                                            f.owner() == null || f.owner().isBlank()
                                                    ? null
                                                    : f.owner().strip(),
                                            f.dueOn()))
                                    .toList());
        }
    }

    /**
     * A follow-up task to record with a visit.
     *
     * @param text what is to be done
     * @param owner who does it
     * @param dueOn by when
     */
    record FollowUpRequest(
            @NotBlank(message = "{grassroots.followUp.text.required}")
            @Size(max = 1000, message = "{grassroots.followUp.text.size}")
            @Nullable
            String text,

            @Size(max = 200, message = "{grassroots.followUp.owner.size}") @Nullable
            String owner,

            @Nullable LocalDate dueOn) {}

    /**
     * A revision of a visit.
     *
     * @param committeeMemberId who visited (unchanged; names whose visits to read back)
     * @param orgUnitId the unit visited
     * @param visitedOn the day
     * @param duration half or full day
     * @param purpose what for
     * @param findings what was found
     * @param version the visit's version as read
     */
    record ReviseVisitRequest(
            @NotNull(message = "{grassroots.committeeMemberId.required}") @Nullable
            UUID committeeMemberId,

            @NotNull(message = "{grassroots.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{grassroots.visitedOn.required}") @Nullable
            LocalDate visitedOn,

            @NotNull(message = "{grassroots.duration.required}") @Nullable
            VisitDuration duration,

            @NotNull(message = "{grassroots.purpose.required}") @Nullable
            VisitPurpose purpose,

            @Size(max = 4000, message = "{grassroots.findings.size}") @Nullable
            String findings,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {

        ReviseVisit toRevision() {
            return new ReviseVisit(
                    Objects.requireNonNull(orgUnitId),
                    Objects.requireNonNull(visitedOn),
                    Objects.requireNonNull(duration),
                    Objects.requireNonNull(purpose),
                    findings == null || findings.isBlank() ? null : findings.strip(),
                    Objects.requireNonNull(version));
        }
    }

    /**
     * A follow-up task to become a programme task.
     *
     * @param programmeId the programme
     * @param ownerUnitId the organisation in charge
     * @param ownerPerson the person in charge (default: the follow-up's owner)
     * @param deadline the deadline (default: the follow-up's due day)
     * @param version the follow-up's version as read
     */
    record ProgrammeTaskRequest(
            @NotNull(message = "{grassroots.programmeId.required}") @Nullable
            UUID programmeId,

            @NotNull(message = "{grassroots.ownerUnitId.required}") @Nullable
            Long ownerUnitId,

            @Size(max = 200, message = "{grassroots.followUp.owner.size}") @Nullable
            String ownerPerson,

            @Nullable LocalDate deadline,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}

    /**
     * A follow-up task's new status.
     *
     * @param status the status
     * @param version the task's version as read
     */
    record FollowUpStatusRequest(
            @NotNull(message = "{grassroots.status.required}") @Nullable
            FollowUpStatus status,

            @NotNull(message = "{version.required}") @Nullable
            Long version) {}
}

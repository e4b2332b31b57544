package vn.dangvu.grassroots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.grassroots.internal.GrassrootsStore;
import vn.dangvu.grassroots.internal.GrassrootsStore.CommitteeMemberRow;
import vn.dangvu.member.CellRosters;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.programme.AddTask;
import vn.dangvu.programme.ProgrammeManagement;
import vn.dangvu.programme.TaskOrigin;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberNotifications;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Writes of grassroots work, each one audited transaction: the staff of a committee's unit appoint its members and
 * assign them units to follow; a committee member (or the staff) logs visits to units of the committee's subtree and
 * moves their follow-up tasks on; the staff remind the members who fall short. A stale version gives 409.
 */
@Service
@Transactional
public class GrassrootsManagement {

    /** Who manages the committee members of the units in their subtree and reads their compliance. */
    public static final Role[] STAFF = {Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP};

    /** {@link #STAFF} and the committee member themselves (their own appointments only). */
    public static final Role[] STAFF_OR_SELF = {
        Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.LEADERSHIP, Role.MEMBER
    };

    private final GrassrootsStore store;
    private final GrassrootsWork work;
    private final OrgUnits orgUnits;
    private final CellRosters rosters;
    private final MemberNotifications notifications;
    private final ProgrammeManagement programmeManagement;
    private final AuditTrail audit;
    private final Clock clock;

    GrassrootsManagement(
            GrassrootsStore store,
            GrassrootsWork work,
            OrgUnits orgUnits,
            CellRosters rosters,
            MemberNotifications notifications,
            ProgrammeManagement programmeManagement,
            AuditTrail audit,
            Clock clock) {
        this.programmeManagement = programmeManagement;
        this.store = store;
        this.work = work;
        this.orgUnits = orgUnits;
        this.rosters = rosters;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Appoints a member of the committee's subtree as a member (or the head) of the committee of a unit of the
     * caller's scope.
     */
    public UUID appoint(long committeeUnitId, UUID memberId, boolean head, Actor actor) {
        OrgUnitView committee = work.committeeUnit(committeeUnitId, actor.scopeFor(STAFF));
        if (committee.kind() == OrgUnitKind.PARTY_GROUP) {
            throw DomainException.rule("grassroots.committee.kind").onField("committeeUnitId");
        }
        CellRosters.RosterMember member = rosters.byIds(List.of(memberId)).stream()
                .filter(m -> m.status().isActive())
                .filter(m -> orgUnits.find(m.orgUnitId())
                        .map(u -> u.path().startsWith(committee.path()))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> DomainException.rule("grassroots.member.outside-committee")
                        .onField("memberId"));
        if (store.appointed(committeeUnitId, memberId)) {
            throw DomainException.conflict("grassroots.member.already-appointed", member.fullName());
        }
        UUID id = UUID.randomUUID();
        store.insertCommitteeMember(
                new CommitteeMemberRow(id, committeeUnitId, memberId, member.fullName(), head, 0),
                actor.username(),
                clock.instant());
        audit.record("grassroots.committee-member.appoint", "grassroots_committee_member", id, memberId);
        return id;
    }

    /** Replaces the units a committee member follows; each must lie in the committee's subtree. */
    public void assign(UUID committeeMemberId, List<Long> unitIds, long version, Actor actor) {
        CommitteeMemberRow row = store.require(committeeMemberId, actor.scopeFor(STAFF));
        String committeePath = committeePath(row);
        Set<Long> units = new LinkedHashSet<>(unitIds);
        for (long unit : units) {
            if (!inSubtree(unit, committeePath)) {
                throw DomainException.rule("grassroots.unit.outside-committee", unit)
                        .onField("unitIds");
            }
        }
        store.replaceAssignments(committeeMemberId, units, version, clock.instant());
        audit.record("grassroots.assignments.replace", "grassroots_committee_member", committeeMemberId, units);
    }

    /**
     * Logs a visit of a committee member (the member themselves or the staff of the committee's unit). The unit
     * visited must lie in the committee's subtree; it need not be one of the member's assigned units (the view says
     * whether it is), because members also go where the committee sends them.
     */
    public UUID logVisit(LogVisit command, Actor actor) {
        CommitteeMemberRow row = store.require(command.committeeMemberId(), OrgScope.of(actor, STAFF_OR_SELF));
        if (command.visitedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.rule("grassroots.visit.future").onField("visitedOn");
        }
        if (!inSubtree(command.orgUnitId(), committeePath(row))) {
            throw DomainException.rule("grassroots.unit.outside-committee", command.orgUnitId())
                    .onField("orgUnitId");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertVisit(id, command, actor.username(), now);
        audit.record("grassroots.visit.log", "grassroots_visit", id, command);
        return id;
    }

    /**
     * Revises a logged visit (the member themselves or the staff of the committee's unit) under the same rules as
     * logging it; its follow-up tasks stay. The compliance is computed from the visits as they stand.
     */
    public void reviseVisit(UUID visitId, ReviseVisit revision, Actor actor) {
        CommitteeMemberRow row = visibleVisit(visitId, actor);
        if (revision.visitedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.rule("grassroots.visit.future").onField("visitedOn");
        }
        if (!inSubtree(revision.orgUnitId(), committeePath(row))) {
            throw DomainException.rule("grassroots.unit.outside-committee", revision.orgUnitId())
                    .onField("orgUnitId");
        }
        store.updateVisit(
                visitId,
                revision.orgUnitId(),
                revision.visitedOn(),
                revision.duration(),
                revision.purpose(),
                revision.findings(),
                revision.version(),
                actor.username(),
                clock.instant());
        audit.record("grassroots.visit.revise", "grassroots_visit", visitId, revision);
    }

    /**
     * Withdraws a visit logged by mistake, with its follow-up tasks; refused ({@code grassroots.visit.handed-over}, 422)
     * once one of them became a programme task, which keeps pointing at it.
     */
    public void withdrawVisit(UUID visitId, long version, Actor actor) {
        visibleVisit(visitId, actor);
        if (store.handedOver(visitId) > 0) {
            throw DomainException.rule("grassroots.visit.handed-over");
        }
        store.deleteVisit(visitId, version);
        audit.record("grassroots.visit.withdraw", "grassroots_visit", visitId, version);
    }

    /** Moves a follow-up task of a visit of a committee member the caller sees (open or done). */
    public FollowUpView setFollowUpStatus(UUID followUpId, FollowUpStatus status, long version, Actor actor) {
        FollowUpView current = visibleFollowUp(followUpId, actor);
        if (status == FollowUpStatus.PROGRAMME_TASK) {
            throw DomainException.rule("grassroots.follow-up.use-programme-task")
                    .onField("status");
        }
        if (current.programmeTaskId() != null) {
            throw DomainException.rule("grassroots.follow-up.handed-over");
        }
        FollowUpView view = store.setStatus(followUpId, status, version, actor.username(), clock.instant());
        audit.record("grassroots.follow-up.status", "grassroots_follow_up", followUpId, status);
        return view;
    }

    /**
     * Turns an open follow-up task into a task of a work programme whose issuing unit the caller writes for (through
     * the programme module, which refuses otherwise): the task keeps where it came from, the follow-up shows the task
     * and its status.
     */
    public FollowUpView toProgrammeTask(UUID followUpId, FollowUpToTask command, Actor actor) {
        FollowUpView f = visibleFollowUp(followUpId, actor);
        if (f.programmeTaskId() != null) {
            throw DomainException.conflict("grassroots.follow-up.handed-over");
        }
        if (f.status() != FollowUpStatus.OPEN) {
            throw DomainException.rule("grassroots.follow-up.not-open");
        }
        if (f.version() != command.version()) {
            throw DomainException.conflict("conflict.stale");
        }
        GrassrootsStore.VisitRow visit = store.visitOfFollowUp(followUpId);
        CommitteeMemberRow member = store.require(visit.committeeMemberId(), OrgScope.of(actor, STAFF_OR_SELF));
        String unit = orgUnits.namesOf(List.of(visit.orgUnitId())).getOrDefault(visit.orgUnitId(), "");
        String label = "Đi cơ sở ngày %s tại %s (đồng chí %s)".formatted(day(visit.day()), unit, member.fullName());
        LocalDate deadline = command.deadline() != null ? command.deadline() : f.dueOn();
        if (deadline == null) {
            throw DomainException.rule("grassroots.follow-up.deadline.required").onField("deadline");
        }
        UUID taskId = programmeManagement.addTaskFrom(
                command.programmeId(),
                new AddTask(
                        f.text(),
                        command.ownerUnitId(),
                        null,
                        command.ownerPerson() == null || command.ownerPerson().isBlank()
                                ? f.owner()
                                : command.ownerPerson().strip(),
                        deadline),
                new TaskOrigin(
                        TaskOrigin.GRASSROOTS_FOLLOW_UP,
                        followUpId,
                        label.length() > 500 ? label.substring(0, 500) : label),
                actor);
        FollowUpView linked = store.linkTask(
                followUpId, command.programmeId(), taskId, command.version(), actor.username(), clock.instant());
        audit.record("grassroots.follow-up.programme-task", "grassroots_follow_up", followUpId, taskId);
        return work.withTask(linked);
    }

    private CommitteeMemberRow visibleVisit(UUID visitId, Actor actor) {
        UUID committeeMember = store.committeeMemberOfVisit(visitId)
                .orElseThrow(() -> DomainException.notFound("grassroots.visit.not-found", visitId));
        try {
            return store.require(committeeMember, OrgScope.of(actor, STAFF_OR_SELF));
        } catch (DomainException e) {
            throw DomainException.notFound("grassroots.visit.not-found", visitId);
        }
    }

    private FollowUpView visibleFollowUp(UUID followUpId, Actor actor) {
        UUID committeeMember = store.committeeMemberOfFollowUp(followUpId)
                .orElseThrow(() -> DomainException.notFound("grassroots.follow-up.not-found", followUpId));
        try {
            store.require(committeeMember, OrgScope.of(actor, STAFF_OR_SELF));
        } catch (DomainException e) {
            throw DomainException.notFound("grassroots.follow-up.not-found", followUpId);
        }
        return store.followUp(followUpId).orElseThrow();
    }

    /**
     * Reminds the members of a committee of the caller's scope who fall short over the period, through their
     * notifications.
     *
     * @return how many were reminded
     */
    public int remind(long committeeUnitId, LocalDate from, LocalDate to, Actor actor) {
        ComplianceReport report = work.compliance(committeeUnitId, from, to, actor.scopeFor(STAFF));
        int reminded = 0;
        for (ComplianceReport.MemberCompliance row : report.members()) {
            if (row.compliant()) {
                continue;
            }
            notifications.notify(
                    List.of(row.memberId()),
                    new MemberNotifications.Notice(
                            "grassroots.reminder", "Nhắc việc đi cơ sở", reminderText(report, row), null));
            reminded++;
        }
        audit.record("grassroots.reminders.send", "org_unit", committeeUnitId, reminded);
        return reminded;
    }

    static String reminderText(ComplianceReport report, ComplianceReport.MemberCompliance row) {
        StringBuilder text = new StringBuilder("Từ %s đến %s: ".formatted(day(report.from()), day(report.to())));
        text.append("%s/%d ngày làm việc ở cơ sở (tối thiểu %s)"
                .formatted(number(row.grassrootsDays()), report.workingDays(), report.minimumShare()));
        text.append("; dự sinh hoạt chi bộ nơi cư trú %d lần (cần %s)"
                .formatted(row.cellMeetings(), number(report.cellMeetingsRequired())));
        if (row.receptionDaysRequired() != null) {
            text.append("; tiếp công dân %d/%d ngày".formatted(row.receptionDays(), row.receptionDaysRequired()));
        }
        return text.append('.').toString();
    }

    private static String day(LocalDate d) {
        return "%02d/%02d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String number(double d) {
        return d == Math.rint(d)
                ? Long.toString((long) d)
                : String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',');
    }

    private String committeePath(CommitteeMemberRow row) {
        return orgUnits.find(row.committeeUnitId())
                .map(OrgUnitRef::path)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", row.committeeUnitId()));
    }

    private boolean inSubtree(long unitId, String path) {
        return orgUnits.find(unitId).map(u -> u.path().startsWith(path)).orElse(false);
    }
}

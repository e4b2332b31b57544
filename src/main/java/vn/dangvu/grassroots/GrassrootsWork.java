package vn.dangvu.grassroots;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.grassroots.internal.GrassrootsCompliancePolicy;
import vn.dangvu.grassroots.internal.GrassrootsStore;
import vn.dangvu.grassroots.internal.GrassrootsStore.CommitteeMemberRow;
import vn.dangvu.grassroots.internal.GrassrootsStore.VisitRow;
import vn.dangvu.meeting.GuestAttendance;
import vn.dangvu.meeting.Meetings;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.petition.Petitions;
import vn.dangvu.petition.ReceptionDay;
import vn.dangvu.programme.Programmes;
import vn.dangvu.programme.TaskLink;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * Read API of grassroots work, always within a scope: a committee's members with their assigned units, one's own
 * appointments, a member's visits, and the compliance of a committee over a period. Auditing is the caller's.
 */
@Service
@Transactional(readOnly = true)
public class GrassrootsWork {

    /** The longest period a compliance report covers. */
    static final long MAX_PERIOD_DAYS = 366;

    private final GrassrootsStore store;
    private final GrassrootsCompliancePolicy policy;
    private final OrgUnits orgUnits;
    private final WorkingDays workingDays;
    private final Meetings meetings;
    private final Petitions petitions;
    private final Programmes programmes;

    GrassrootsWork(
            GrassrootsStore store,
            GrassrootsCompliancePolicy policy,
            OrgUnits orgUnits,
            WorkingDays workingDays,
            Meetings meetings,
            Petitions petitions,
            Programmes programmes) {
        this.programmes = programmes;
        this.store = store;
        this.policy = policy;
        this.orgUnits = orgUnits;
        this.workingDays = workingDays;
        this.meetings = meetings;
        this.petitions = petitions;
    }

    /** A unit of the scope whose committee is meant; otherwise {@code org.unit.not-found}. */
    public OrgUnitView committeeUnit(long id, OrgScope scope) {
        return orgUnits.findWithin(id, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
    }

    /** The members of the committee of a unit of the scope, heads first. */
    public List<CommitteeMemberView> committeeMembers(long committeeUnitId, OrgScope scope) {
        committeeUnit(committeeUnitId, scope);
        return views(store.ofCommittee(committeeUnitId));
    }

    /** The caller's own appointments. */
    public List<CommitteeMemberView> mine(UUID memberId) {
        return views(store.ofMember(memberId));
    }

    /** An appointment the scope sees (its committee in the scope, or the caller's own). */
    public CommitteeMemberView committeeMember(UUID id, OrgScope scope) {
        return views(List.of(store.require(id, scope))).get(0);
    }

    /** The visits of an appointment the scope sees between {@code from} and {@code to}, by day. */
    public List<VisitView> visits(UUID committeeMemberId, LocalDate from, LocalDate to, OrgScope scope) {
        requirePeriod(from, to);
        CommitteeMemberRow row = store.require(committeeMemberId, scope);
        Set<Long> assigned = new HashSet<>(store.assignments(List.of(row.id())).get(row.id()));
        List<VisitRow> visits = store.visits(List.of(row.id()), from, to);
        Map<Long, String> names =
                orgUnits.namesOf(visits.stream().map(VisitRow::orgUnitId).toList());
        Map<UUID, List<FollowUpView>> followUps =
                withTasks(store.followUps(visits.stream().map(VisitRow::id).toList()));
        return visits.stream()
                .map(v -> new VisitView(
                        v.id(),
                        v.committeeMemberId(),
                        v.orgUnitId(),
                        names.getOrDefault(v.orgUnitId(), "#" + v.orgUnitId()),
                        v.day(),
                        v.duration(),
                        v.purpose(),
                        v.findings(),
                        assigned.contains(v.orgUnitId()),
                        followUps.getOrDefault(v.id(), List.of()),
                        v.createdBy(),
                        v.version()))
                .toList();
    }

    /** The follow-up tasks with the programme tasks they became, as they stand today. */
    Map<UUID, List<FollowUpView>> withTasks(Map<UUID, List<FollowUpView>> followUps) {
        List<UUID> taskIds = followUps.values().stream()
                .flatMap(List::stream)
                .map(FollowUpView::programmeTaskId)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (taskIds.isEmpty()) {
            return followUps;
        }
        Map<UUID, TaskLink> links = programmes.taskLinks(taskIds);
        Map<UUID, List<FollowUpView>> result = new HashMap<>();
        followUps.forEach((visit, list) -> result.put(
                visit,
                list.stream()
                        .map(f -> f.programmeTaskId() == null ? f : f.withTask(links.get(f.programmeTaskId())))
                        .toList()));
        return result;
    }

    /** A follow-up task with the programme task it became. */
    FollowUpView withTask(FollowUpView f) {
        return f.programmeTaskId() == null
                ? f
                : f.withTask(programmes.taskLinks(List.of(f.programmeTaskId())).get(f.programmeTaskId()));
    }

    /** The compliance of the members of the committee of a unit of the scope over a period. */
    public ComplianceReport compliance(long committeeUnitId, LocalDate from, LocalDate to, OrgScope scope) {
        requirePeriod(from, to);
        OrgUnitView committee = committeeUnit(committeeUnitId, scope);
        List<CommitteeMemberRow> members = store.ofCommittee(committeeUnitId);
        List<UUID> ids = members.stream().map(CommitteeMemberRow::id).toList();
        Map<UUID, List<Long>> assignments = store.assignments(ids);
        Map<UUID, List<VisitRow>> visits = new HashMap<>();
        store.visits(ids, from, to)
                .forEach(v -> visits.computeIfAbsent(v.committeeMemberId(), k -> new ArrayList<>())
                        .add(v));
        Map<UUID, List<GuestAttendance>> guests = new HashMap<>();
        meetings.guestAttendance(
                        members.stream().map(CommitteeMemberRow::memberId).toList(), from, to)
                .forEach(g -> guests.computeIfAbsent(g.memberId(), k -> new ArrayList<>())
                        .add(g));
        List<UUID> heads = members.stream()
                .filter(CommitteeMemberRow::head)
                .map(CommitteeMemberRow::memberId)
                .toList();
        Map<UUID, Integer> receptions = new HashMap<>();
        petitions.heldBy(committeeUnitId, heads, from, to).stream()
                .map(ReceptionDay::headMemberId)
                .forEach(head -> receptions.merge(head, 1, Integer::sum));

        WorkingDays.Snapshot calendar = workingDays.snapshot();
        int working = calendar.workingDaysBetween(from.minusDays(1), to);
        double cellMeetingsRequired = policy.cellMeetingsRequired(committee.kind(), from, to);
        Integer receptionRequired = policy.receptionDaysRequired(committee.kind(), from, to);
        List<ComplianceReport.MemberCompliance> rows = new ArrayList<>();
        for (CommitteeMemberRow m : members) {
            List<VisitRow> own = visits.getOrDefault(m.id(), List.of());
            double days = policy.grassrootsDays(
                    own.stream()
                            .map(v -> new GrassrootsCompliancePolicy.Visit(v.day(), v.duration()))
                            .toList(),
                    calendar::isWorkingDay);
            boolean under = policy.underMinimum(days, working);
            int cellMeetings = cellMeetings(
                    own, guests.getOrDefault(m.memberId(), List.of()), new HashSet<>(assignments.get(m.id())));
            boolean meetingsShort = cellMeetings < cellMeetingsRequired;
            Integer held = m.head() && receptionRequired != null ? receptions.getOrDefault(m.memberId(), 0) : null;
            Integer required = held == null ? null : receptionRequired;
            boolean receptionShort = held != null && held < required;
            rows.add(new ComplianceReport.MemberCompliance(
                    m.id(),
                    m.memberId(),
                    m.fullName(),
                    m.head(),
                    own.size(),
                    days,
                    working == 0 ? 0 : days / working,
                    under,
                    cellMeetings,
                    meetingsShort,
                    held,
                    required,
                    receptionShort,
                    !under && !meetingsShort && !receptionShort));
        }
        return new ComplianceReport(
                committee.id(),
                committee.name(),
                from,
                to,
                working,
                policy.minimumShare(),
                policy.requiredDays(working),
                policy.cellMeetingsPerYear(committee.kind()),
                cellMeetingsRequired,
                policy.receptionDaysPerMonth(committee.kind()),
                policy.rules(committee.kind()),
                rows);
    }

    /** Residential cell meetings: distinct (cell, day) of meeting visits and guest attendance at assigned units. */
    private static int cellMeetings(
            Collection<VisitRow> visits, Collection<GuestAttendance> guests, Set<Long> assigned) {
        Set<String> seen = new HashSet<>();
        visits.stream()
                .filter(v -> v.purpose() == VisitPurpose.CELL_MEETING && assigned.contains(v.orgUnitId()))
                .forEach(v -> seen.add(v.orgUnitId() + "@" + v.day()));
        guests.stream()
                .filter(g -> assigned.contains(g.orgUnitId()))
                .forEach(g -> seen.add(g.orgUnitId() + "@" + g.day()));
        return seen.size();
    }

    private List<CommitteeMemberView> views(List<CommitteeMemberRow> rows) {
        Map<UUID, List<Long>> assignments =
                store.assignments(rows.stream().map(CommitteeMemberRow::id).toList());
        Set<Long> units = new HashSet<>();
        rows.forEach(r -> units.add(r.committeeUnitId()));
        assignments.values().forEach(units::addAll);
        Map<Long, String> names = orgUnits.namesOf(units);
        return rows.stream()
                .map(r -> new CommitteeMemberView(
                        r.id(),
                        r.committeeUnitId(),
                        names.getOrDefault(r.committeeUnitId(), "#" + r.committeeUnitId()),
                        r.memberId(),
                        r.fullName(),
                        r.head(),
                        assignments.get(r.id()).stream()
                                .map(u -> new AssignedUnit(u, names.getOrDefault(u, "#" + u)))
                                .toList(),
                        r.version()))
                .toList();
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw DomainException.rule("grassroots.period.invalid", MAX_PERIOD_DAYS)
                    .onField("to");
        }
    }
}

package vn.dangvu.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.programme.internal.ProgrammeBoards;
import vn.dangvu.programme.internal.ProgrammeStore;
import vn.dangvu.programme.internal.ProgrammeStore.IndicatorRow;
import vn.dangvu.programme.internal.ProgrammeStore.ProgrammeRow;
import vn.dangvu.programme.internal.ProgrammeStore.TaskRow;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberNotifications;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Write API of the programme module: programmes, their indicators and tasks, reports on them and adoption by a
 * subordinate organisation. Each method is one audited transaction; a refusal names its rule and changes nothing; a
 * stale version gives 409.
 */
@Service
@Transactional
public class ProgrammeManagement {

    /** Who reads programmes (issued in or above their subtree). */
    public static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.CITY_OFFICE, Role.INSPECTION, Role.LEADERSHIP
    };

    /** Who issues programmes and reports on them (in their subtree). */
    public static final Role[] WRITERS = {Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_OFFICE};

    private final ProgrammeStore store;
    private final ProgrammeBoards boards;
    private final OrgUnits orgUnits;
    private final MemberNotifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeManagement(
            ProgrammeStore store,
            ProgrammeBoards boards,
            OrgUnits orgUnits,
            MemberNotifications notifications,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.boards = boards;
        this.orgUnits = orgUnits;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    static OrgScope readScope(Actor actor) {
        return actor.scopeFor(READERS);
    }

    static OrgScope writeScope(Actor actor) {
        return actor.scopeFor(WRITERS);
    }

    /** Issues a programme of a unit in the caller's scope. */
    public UUID create(ProgrammeDetails details, Actor actor) {
        Long issuingUnitId = details.issuingUnitId();
        if (issuingUnitId == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "programme.issuingUnitId.required")
                    .onField("issuingUnitId");
        }
        OrgUnitView unit = orgUnits.findWithin(issuingUnitId, writeScope(actor))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", issuingUnitId)
                        .onField("issuingUnitId"));
        String code = checked(details, unit.id(), null);
        UUID id = UUID.randomUUID();
        store.insert(
                new ProgrammeRow(
                        id,
                        code,
                        Objects.requireNonNull(details.title()).strip(),
                        unit.id(),
                        null,
                        Objects.requireNonNull(details.periodFrom()),
                        Objects.requireNonNull(details.periodTo()),
                        blank(details.goals()),
                        0),
                actor.username(),
                clock.instant());
        store.replaceParts(id, details.committeeOrEmpty(), details.documentsOrEmpty());
        audit.record("programme.create", "programme", id, details);
        return id;
    }

    /** Revises what a programme says; only staff over its issuing unit. */
    public void revise(UUID id, ProgrammeDetails details, Actor actor) {
        Long version = details.version();
        if (version == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "programme.version.required")
                    .onField("version");
        }
        ProgrammeRow p = writable(id, actor);
        String code = checked(details, p.issuingUnitId(), p.id());
        store.update(
                new ProgrammeRow(
                        p.id(),
                        code,
                        Objects.requireNonNull(details.title()).strip(),
                        p.issuingUnitId(),
                        p.parentProgrammeId(),
                        Objects.requireNonNull(details.periodFrom()),
                        Objects.requireNonNull(details.periodTo()),
                        blank(details.goals()),
                        p.version()),
                version,
                clock.instant());
        store.replaceParts(id, details.committeeOrEmpty(), details.documentsOrEmpty());
        audit.record("programme.revise", "programme", id, details);
    }

    /** Adds an indicator reported by a unit of the issuing unit's subtree. */
    public UUID addIndicator(UUID id, AddIndicator command, Actor actor) {
        ProgrammeRow p = writable(id, actor);
        UUID indicatorId = UUID.randomUUID();
        store.insertIndicator(
                indicatorRow(p, command, indicatorId, store.nextSeq("programme_indicator", p.id()), null, 0),
                actor.username(),
                clock.instant());
        audit.record("programme.indicator.add", "programme_indicator", indicatorId, command);
        return indicatorId;
    }

    /**
     * Revises what an indicator says (staff over the issuing unit). Once values are reported its direction and reporting
     * period stay as they were, so that the history keeps its meaning; an adopted indicator keeps the parent's name,
     * unit, direction and reporting period, and the adopting unit sets its own baseline, target and responsible unit.
     */
    public void reviseIndicator(UUID id, UUID indicatorId, ReviseIndicator revision, Actor actor) {
        ProgrammeRow p = writable(id, actor);
        IndicatorRow old = store.indicator(p.id(), indicatorId);
        AddIndicator command = Objects.requireNonNull(revision.indicator());
        IndicatorRow next = indicatorRow(p, command, old.id(), old.seq(), old.parentIndicatorId(), old.version());
        if (old.parentIndicatorId() != null
                && (!next.name().equals(old.name())
                        || !next.unit().equals(old.unit())
                        || next.direction() != old.direction()
                        || next.reporting() != old.reporting())) {
            throw DomainException.rule("programme.indicator.inherited").onField("name");
        }
        if ((next.direction() != old.direction() || next.reporting() != old.reporting())
                && store.uses("programme_indicator", old.id())[0] > 0) {
            throw DomainException.rule("programme.indicator.reported.fixed").onField("direction");
        }
        store.updateIndicator(next, Objects.requireNonNull(revision.version()));
        audit.record("programme.indicator.revise", "programme_indicator", old.id(), revision);
    }

    /**
     * Removes an indicator entered by mistake: only while nothing is reported on it and no adopting unit copied it
     * (otherwise {@code programme.indicator.in-use}, 422); the others are renumbered.
     */
    public void removeIndicator(UUID id, UUID indicatorId, long version, Actor actor) {
        ProgrammeRow p = writable(id, actor);
        IndicatorRow i = store.indicator(p.id(), indicatorId);
        long[] uses = store.uses("programme_indicator", i.id());
        if (uses[0] > 0 || uses[1] > 0) {
            throw DomainException.rule("programme.indicator.in-use", uses[0], uses[1]);
        }
        store.delete("programme_indicator", p.id(), i.id(), i.seq(), version);
        audit.record("programme.indicator.remove", "programme_indicator", i.id(), i.name());
    }

    private IndicatorRow indicatorRow(
            ProgrammeRow p, AddIndicator command, UUID indicatorId, int seq, @Nullable UUID parent, long version) {
        long responsible = Objects.requireNonNull(command.responsibleUnitId());
        requireInSubtree(p, responsible, "responsibleUnitId");
        IndicatorDirection direction = Objects.requireNonNull(command.direction());
        if (direction == IndicatorDirection.BY_DATE) {
            LocalDate targetDate = command.targetDate();
            if (targetDate == null) {
                throw DomainException.rule("programme.indicator.targetDate.required")
                        .onField("targetDate");
            }
            if (targetDate.isBefore(p.periodFrom()) || targetDate.isAfter(p.periodTo())) {
                throw DomainException.rule("programme.indicator.targetDate.outside")
                        .onField("targetDate");
            }
        } else if (command.target() == null) {
            throw DomainException.rule("programme.indicator.target.required").onField("target");
        }
        return new IndicatorRow(
                indicatorId,
                p.id(),
                seq,
                Objects.requireNonNull(command.name()).strip(),
                Objects.requireNonNull(command.unit()).strip(),
                Objects.requireNonNull(command.baseline()),
                direction == IndicatorDirection.BY_DATE ? null : command.target(),
                direction == IndicatorDirection.BY_DATE ? command.targetDate() : null,
                direction,
                Objects.requireNonNull(command.reporting()),
                responsible,
                parent,
                version);
    }

    /** Adds a task owned by a unit of the issuing unit's subtree. */
    public UUID addTask(UUID id, AddTask command, Actor actor) {
        return addTask(writable(id, actor), command, null, actor);
    }

    /**
     * Adds a task handed over by another module (a follow-up task of a grassroots visit), which keeps where it came
     * from; the caller must be staff over the programme's issuing unit, as for any task.
     */
    public UUID addTaskFrom(UUID id, AddTask command, TaskOrigin origin, Actor actor) {
        return addTask(writable(id, actor), command, origin, actor);
    }

    private UUID addTask(ProgrammeRow p, AddTask command, @Nullable TaskOrigin origin, Actor actor) {
        UUID taskId = UUID.randomUUID();
        store.insertTask(
                taskRow(p, command, taskId, store.nextSeq("programme_task", p.id()), null, origin, 0),
                actor.username(),
                clock.instant());
        audit.record("programme.task.add", "programme_task", taskId, origin == null ? command : origin);
        return taskId;
    }

    /** Revises what a task says: title, owner organisation and person, deadline (staff over the issuing unit). */
    public void reviseTask(UUID id, UUID taskId, ReviseTask revision, Actor actor) {
        ProgrammeRow p = writable(id, actor);
        TaskRow old = store.task(p.id(), taskId);
        TaskRow next = taskRow(
                p,
                Objects.requireNonNull(revision.task()),
                old.id(),
                old.seq(),
                old.parentTaskId(),
                old.origin(),
                old.version());
        store.updateTask(next, Objects.requireNonNull(revision.version()));
        audit.record("programme.task.revise", "programme_task", old.id(), revision);
    }

    /**
     * Removes a task entered by mistake: only while no progress is reported on it and no adopting unit copied it
     * (otherwise {@code programme.task.in-use}, 422); the others are renumbered.
     */
    public void removeTask(UUID id, UUID taskId, long version, Actor actor) {
        ProgrammeRow p = writable(id, actor);
        TaskRow t = store.task(p.id(), taskId);
        long[] uses = store.uses("programme_task", t.id());
        if (uses[0] > 0 || uses[1] > 0) {
            throw DomainException.rule("programme.task.in-use", uses[0], uses[1]);
        }
        store.delete("programme_task", p.id(), t.id(), t.seq(), version);
        audit.record("programme.task.remove", "programme_task", t.id(), t.title());
    }

    /**
     * Reminds the person in charge of each task of the programme that is overdue or due soon ({@code
     * TaskStatusPolicy}) through their notifications, once a day per task; tasks whose person is not in the registry
     * are counted, not notified.
     */
    public TaskReminders remindTasks(UUID id, Actor actor) {
        ProgrammeRow p = writable(id, actor);
        LocalDate today = LocalDate.now(clock);
        ProgrammeBoards.Boards b = boards.boards(List.of(p), today, writeScope(actor));
        int overdue = 0;
        int dueSoon = 0;
        int reminded = 0;
        int withoutOwner = 0;
        List<UUID> done = new java.util.ArrayList<>();
        for (TaskView t : b.tasksOf(p.id())) {
            if (!t.overdue() && !t.dueSoon()) {
                continue;
            }
            if (t.overdue()) {
                overdue++;
            } else {
                dueSoon++;
            }
            UUID owner = t.ownerMemberId();
            if (owner == null) {
                withoutOwner++;
                continue;
            }
            if (today.equals(t.remindedOn())) {
                continue;
            }
            notifications.notify(
                    List.of(owner),
                    new MemberNotifications.Notice(
                            t.overdue() ? "programme.task.overdue" : "programme.task.due-soon",
                            t.overdue() ? "Nhiệm vụ quá hạn" : "Nhiệm vụ sắp đến hạn",
                            reminderText(p, t),
                            null));
            done.add(t.id());
            reminded++;
        }
        store.reminded(done, today);
        audit.record("programme.task.remind", "programme", p.id(), reminded);
        return new TaskReminders(overdue, dueSoon, reminded, withoutOwner);
    }

    static String reminderText(ProgrammeRow p, TaskView t) {
        String deadline = "%02d/%02d/%d"
                .formatted(
                        t.deadline().getDayOfMonth(),
                        t.deadline().getMonthValue(),
                        t.deadline().getYear());
        return "Chương trình %s, nhiệm vụ %d \"%s\": hạn %s, tiến độ %d%%%s."
                .formatted(
                        p.code(),
                        t.seq(),
                        t.title(),
                        deadline,
                        t.progress(),
                        t.overdue() ? " — đã quá hạn" : " — sắp đến hạn");
    }

    private TaskRow taskRow(
            ProgrammeRow p,
            AddTask command,
            UUID taskId,
            int seq,
            @Nullable UUID parent,
            @Nullable TaskOrigin origin,
            long version) {
        long owner = Objects.requireNonNull(command.ownerUnitId());
        requireInSubtree(p, owner, "ownerUnitId");
        LocalDate deadline = Objects.requireNonNull(command.deadline());
        if (deadline.isBefore(p.periodFrom())) {
            throw DomainException.rule("programme.task.deadline.before").onField("deadline");
        }
        return new TaskRow(
                taskId,
                p.id(),
                seq,
                Objects.requireNonNull(command.title()).strip(),
                owner,
                command.ownerMemberId(),
                blank(command.ownerPerson()),
                deadline,
                parent,
                origin,
                null,
                version);
    }

    /**
     * Records the value of an indicator for a period, by staff over its responsible unit (or over the issuing unit),
     * with evidence; the indicator's history keeps every report.
     */
    public void reportIndicator(UUID id, UUID indicatorId, ReportIndicator report, Actor actor) {
        ProgrammeRow p = store.require(id, readScope(actor));
        IndicatorRow i = store.indicator(p.id(), indicatorId);
        OrgScope scope = writeScope(actor);
        if (!store.covers(i.responsibleUnitId(), scope) && !store.covers(p.issuingUnitId(), scope)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "programme.report.forbidden");
        }
        LocalDate asOf = day(report.asOf(), p);
        String period = Objects.requireNonNull(report.period());
        boolean quarterly = period.contains("-Q");
        if (quarterly != (i.reporting() == ReportingPeriod.QUARTER)) {
            throw DomainException.rule(
                            "programme.report.period.mismatch", i.reporting().name())
                    .onField("period");
        }
        BigDecimal value = report.value();
        LocalDate achievedOn = report.achievedOn();
        if (i.direction() == IndicatorDirection.BY_DATE) {
            if (value == null && achievedOn == null) {
                throw DomainException.rule("programme.report.value.required").onField("value");
            }
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw DomainException.rule("programme.report.percent.range").onField("value");
            }
            if (achievedOn != null && achievedOn.isAfter(asOf)) {
                throw DomainException.rule("programme.report.achieved.after").onField("achievedOn");
            }
        } else {
            if (value == null) {
                throw DomainException.rule("programme.report.value.required").onField("value");
            }
            achievedOn = null;
        }
        store.touch("programme_indicator", i.id(), Objects.requireNonNull(report.version()));
        long reportingUnit = store.covers(i.responsibleUnitId(), scope) ? i.responsibleUnitId() : p.issuingUnitId();
        store.insertIndicatorReport(
                i.id(),
                period,
                asOf,
                value,
                achievedOn,
                reportingUnit,
                report.evidenceDocumentId(),
                blank(report.evidenceText()),
                blank(report.comment()),
                actor.username(),
                clock.instant());
        audit.record("programme.indicator.report", "programme_indicator", i.id(), report);
    }

    /** Records a task's progress, by staff over its owner unit (or over the issuing unit); 100% completes it. */
    public void reportTask(UUID id, UUID taskId, ReportTask report, Actor actor) {
        ProgrammeRow p = store.require(id, readScope(actor));
        TaskRow t = store.task(p.id(), taskId);
        OrgScope scope = writeScope(actor);
        if (!store.covers(t.ownerUnitId(), scope) && !store.covers(p.issuingUnitId(), scope)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "programme.report.forbidden");
        }
        LocalDate asOf = day(report.asOf(), p);
        store.touch("programme_task", t.id(), Objects.requireNonNull(report.version()));
        store.insertTaskReport(
                t.id(),
                asOf,
                Objects.requireNonNull(report.progress()),
                report.evidenceDocumentId(),
                blank(report.evidenceText()),
                blank(report.comment()),
                actor.username(),
                clock.instant());
        audit.record("programme.task.report", "programme_task", t.id(), report);
    }

    /**
     * A subordinate organisation adopts a programme: a child programme for the same period whose indicators (with the
     * unit's own targets) and tasks point at the parent's, reported by the adopting unit.
     */
    public UUID adopt(UUID parentId, AdoptProgramme command, Actor actor) {
        ProgrammeRow parent = store.require(parentId, readScope(actor));
        long unitId = Objects.requireNonNull(command.issuingUnitId());
        OrgUnitView unit = orgUnits.findWithin(unitId, writeScope(actor))
                .orElseThrow(() ->
                        DomainException.notFound("org.unit.not-found", unitId).onField("issuingUnitId"));
        String parentPath = orgUnits.pathsOf(List.of(parent.issuingUnitId())).get(parent.issuingUnitId());
        if (parentPath == null
                || unit.id() == parent.issuingUnitId()
                || !unit.path().startsWith(parentPath)) {
            throw DomainException.rule("programme.adopt.not-subordinate").onField("issuingUnitId");
        }
        if (store.children(parent.id(), writeScope(actor)).stream().anyMatch(c -> c.issuingUnitId() == unit.id())) {
            throw DomainException.conflict("programme.adopt.already");
        }
        String code = Objects.requireNonNull(command.code()).strip();
        if (store.codeTaken(unit.id(), code, null)) {
            throw DomainException.conflict("programme.code.taken", code).onField("code");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insert(
                new ProgrammeRow(
                        id,
                        code,
                        command.title() == null || command.title().isBlank()
                                ? parent.title()
                                : command.title().strip(),
                        unit.id(),
                        parent.id(),
                        parent.periodFrom(),
                        parent.periodTo(),
                        parent.goals(),
                        0),
                actor.username(),
                now);
        Map<UUID, BigDecimal> targets = command.targets() == null ? Map.of() : command.targets();
        List<IndicatorRow> parentIndicators = store.indicators(List.of(parent.id()));
        for (UUID key : targets.keySet()) {
            if (parentIndicators.stream().noneMatch(i -> i.id().equals(key))) {
                throw DomainException.rule("programme.adopt.target.unknown").onField("targets");
            }
        }
        for (IndicatorRow i : parentIndicators) {
            BigDecimal target = targets.getOrDefault(i.id(), i.target());
            store.insertIndicator(
                    new IndicatorRow(
                            UUID.randomUUID(),
                            id,
                            i.seq(),
                            i.name(),
                            i.unit(),
                            i.baseline(),
                            i.direction() == IndicatorDirection.BY_DATE ? null : target,
                            i.targetDate(),
                            i.direction(),
                            i.reporting(),
                            unit.id(),
                            i.id(),
                            0),
                    actor.username(),
                    now);
        }
        for (TaskRow t : store.tasks(List.of(parent.id()))) {
            store.insertTask(
                    new TaskRow(
                            UUID.randomUUID(),
                            id,
                            t.seq(),
                            t.title(),
                            unit.id(),
                            null,
                            null,
                            t.deadline(),
                            t.id(),
                            null,
                            null,
                            0),
                    actor.username(),
                    now);
        }
        ProgrammeRow child = store.require(id, writeScope(actor));
        List<AddTask> own = command.ownTasks() == null ? List.of() : command.ownTasks();
        for (AddTask task : own) {
            store.insertTask(
                    taskRow(child, task, UUID.randomUUID(), store.nextSeq("programme_task", id), null, null, 0),
                    actor.username(),
                    now);
        }
        audit.record("programme.adopt", "programme", id, command);
        return id;
    }

    private ProgrammeRow writable(UUID id, Actor actor) {
        ProgrammeRow p = store.require(id, readScope(actor));
        if (!store.covers(p.issuingUnitId(), writeScope(actor))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "programme.write.forbidden");
        }
        return p;
    }

    private String checked(ProgrammeDetails details, long unitId, @Nullable UUID self) {
        LocalDate from = Objects.requireNonNull(details.periodFrom());
        LocalDate to = Objects.requireNonNull(details.periodTo());
        if (!to.isAfter(from)) {
            throw DomainException.rule("programme.period.invalid").onField("periodTo");
        }
        String code = Objects.requireNonNull(details.code()).strip();
        if (store.codeTaken(unitId, code, self)) {
            throw DomainException.conflict("programme.code.taken", code).onField("code");
        }
        return code;
    }

    private void requireInSubtree(ProgrammeRow p, long unitId, String field) {
        Map<Long, String> paths = orgUnits.pathsOf(List.of(p.issuingUnitId(), unitId));
        String root = paths.get(p.issuingUnitId());
        String path = paths.get(unitId);
        if (root == null || path == null || !path.startsWith(root)) {
            throw DomainException.rule("programme.unit.outside").onField(field);
        }
    }

    private LocalDate day(@Nullable LocalDate asOf, ProgrammeRow p) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw DomainException.rule("programme.date.future").onField("asOf");
        }
        if (day.isBefore(p.periodFrom())) {
            throw DomainException.rule("programme.date.before", p.periodFrom()).onField("asOf");
        }
        return day;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

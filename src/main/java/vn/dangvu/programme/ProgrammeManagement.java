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
import vn.dangvu.programme.internal.ProgrammeStore;
import vn.dangvu.programme.internal.ProgrammeStore.IndicatorRow;
import vn.dangvu.programme.internal.ProgrammeStore.ProgrammeRow;
import vn.dangvu.programme.internal.ProgrammeStore.TaskRow;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
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
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeManagement(ProgrammeStore store, OrgUnits orgUnits, AuditTrail audit, Clock clock) {
        this.store = store;
        this.orgUnits = orgUnits;
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
        UUID indicatorId = UUID.randomUUID();
        store.insertIndicator(
                new IndicatorRow(
                        indicatorId,
                        p.id(),
                        store.nextSeq("programme_indicator", p.id()),
                        Objects.requireNonNull(command.name()).strip(),
                        Objects.requireNonNull(command.unit()).strip(),
                        Objects.requireNonNull(command.baseline()),
                        direction == IndicatorDirection.BY_DATE ? null : command.target(),
                        direction == IndicatorDirection.BY_DATE ? command.targetDate() : null,
                        direction,
                        Objects.requireNonNull(command.reporting()),
                        responsible,
                        null,
                        0),
                actor.username(),
                clock.instant());
        audit.record("programme.indicator.add", "programme_indicator", indicatorId, command);
        return indicatorId;
    }

    /** Adds a task owned by a unit of the issuing unit's subtree. */
    public UUID addTask(UUID id, AddTask command, Actor actor) {
        ProgrammeRow p = writable(id, actor);
        long owner = Objects.requireNonNull(command.ownerUnitId());
        requireInSubtree(p, owner, "ownerUnitId");
        LocalDate deadline = Objects.requireNonNull(command.deadline());
        if (deadline.isBefore(p.periodFrom())) {
            throw DomainException.rule("programme.task.deadline.before").onField("deadline");
        }
        UUID taskId = UUID.randomUUID();
        store.insertTask(
                new TaskRow(
                        taskId,
                        p.id(),
                        store.nextSeq("programme_task", p.id()),
                        Objects.requireNonNull(command.title()).strip(),
                        owner,
                        command.ownerMemberId(),
                        blank(command.ownerPerson()),
                        deadline,
                        null,
                        0),
                actor.username(),
                clock.instant());
        audit.record("programme.task.add", "programme_task", taskId, command);
        return taskId;
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
        for (IndicatorRow i : store.indicators(List.of(parent.id()))) {
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
                            UUID.randomUUID(), id, t.seq(), t.title(), unit.id(), null, null, t.deadline(), t.id(), 0),
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

package vn.dangvu.inspection.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.AppealOutcome;
import vn.dangvu.inspection.AppealView;
import vn.dangvu.inspection.DecideAppeal;
import vn.dangvu.inspection.DecideDiscipline;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.DisciplineState;
import vn.dangvu.inspection.DisciplineSubject;
import vn.dangvu.inspection.DisciplineSummary;
import vn.dangvu.inspection.DisciplineView;
import vn.dangvu.inspection.FileAppeal;
import vn.dangvu.inspection.ViolationEntry;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/** The work behind {@link vn.dangvu.inspection.DisciplineManagement}; runs in the caller's transaction. */
@Component
public class DisciplineWorkflow {

    private final DisciplineStore store;
    private final CaseStore cases;
    private final CaseAccess access;
    private final Subjects subjects;
    private final DisciplineLimitationPolicy limitation;
    private final AppealPolicy appeals;
    private final DisciplineEffects effects;
    private final Clock clock;

    DisciplineWorkflow(
            DisciplineStore store,
            CaseStore cases,
            CaseAccess access,
            Subjects subjects,
            DisciplineLimitationPolicy limitation,
            AppealPolicy appeals,
            DisciplineEffects effects,
            Clock clock) {
        this.store = store;
        this.cases = cases;
        this.access = access;
        this.subjects = subjects;
        this.limitation = limitation;
        this.appeals = appeals;
        this.effects = effects;
        this.clock = clock;
    }

    public UUID decide(DecideDiscipline command, Actor actor) {
        OrgUnitRef commission =
                subjects.commission(Objects.requireNonNull(command.commissionUnitId()), access.managing(actor));
        if (command.caseId() != null) {
            CaseStore.Row linked = cases.find(command.caseId(), access.managed("c.commission_unit_id", actor))
                    .orElseThrow(() -> CaseWorkflow.notFound(command.caseId()).onField("caseId"));
            if (linked.commissionUnitId() != commission.id()) {
                throw Refusals.invalid("inspection.discipline.case-commission", "caseId");
            }
        }
        Subjects.Subject subject = subjects.find(
                Objects.requireNonNull(command.subjectKind()),
                command.subjectUnitId(),
                command.subjectMemberId(),
                commission);
        DisciplineSubject kind = Subjects.disciplineSubject(subject);
        DisciplineForm form = Objects.requireNonNull(command.form());
        DisciplineFormPolicy.check(kind, form, Objects.requireNonNull(command.authority()), "form");
        LocalDate today = today();
        LocalDate decidedOn = Objects.requireNonNull(command.decidedOn());
        LocalDate receivedOn = command.receivedOn() == null ? decidedOn : command.receivedOn();
        checkDates(decidedOn, receivedOn, today);
        List<ViolationEntry> violations = List.copyOf(Objects.requireNonNull(command.violations()));
        for (int i = 0; i < violations.size(); i++) {
            if (Objects.requireNonNull(violations.get(i).violatedOn()).isAfter(decidedOn)) {
                throw Refusals.refuse(
                        "inspection.discipline.violation-after-decision",
                        DisciplineLimitationPolicy.RULE,
                        "violations[" + i + "].violatedOn");
            }
        }
        limitation.check(form, violations, decidedOn);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        DisciplineStore.Row row = new DisciplineStore.Row(
                id,
                commission.id(),
                command.caseId(),
                kind,
                subject.unitId(),
                subject.memberId(),
                subject.name(),
                form,
                form,
                command.authority(),
                Objects.requireNonNull(command.decidingBody()).strip(),
                Objects.requireNonNull(command.decisionNumber()).strip(),
                decidedOn,
                receivedOn,
                Objects.requireNonNull(command.reason()).strip(),
                DisciplineState.IN_FORCE,
                null,
                null,
                List.of(),
                0);
        store.insert(row, violations, actor.username(), now);
        DisciplineEffects.Applied applied = effects.apply(row, actor.username());
        store.update(
                id,
                0,
                form,
                DisciplineState.IN_FORCE,
                applied.memberEventId(),
                applied.disqualificationId(),
                applied.effects(),
                now);
        return id;
    }

    public UUID fileAppeal(UUID id, FileAppeal command, Actor actor) {
        DisciplineStore.Row row = managed(id, actor);
        List<DisciplineStore.Appeal> existing = store.appeals(id);
        LocalDate from = existing.stream()
                .map(DisciplineStore.Appeal::decidedOn)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(row.receivedOn());
        LocalDate filedOn = Objects.requireNonNull(command.filedOn());
        appeals.checkFiling(
                filedOn,
                from,
                existing.stream().anyMatch(a -> a.outcome() == null),
                row.state() == DisciplineState.ANNULLED,
                today());
        Instant now = clock.instant();
        store.update(
                id,
                Objects.requireNonNull(command.version()),
                row.form(),
                row.state(),
                row.memberEventId(),
                row.disqualificationId(),
                row.effects(),
                now);
        UUID appealId = UUID.randomUUID();
        store.insertAppeal(
                id,
                new DisciplineStore.Appeal(
                        appealId,
                        Objects.requireNonNull(command.appellant()).strip(),
                        filedOn,
                        Objects.requireNonNull(command.grounds()).strip(),
                        Objects.requireNonNull(command.appealBody()).strip(),
                        appeals.dueOn(filedOn, row.authority().central()),
                        null,
                        null,
                        null,
                        null),
                actor.username(),
                now);
        return appealId;
    }

    public void decideAppeal(UUID id, UUID appealId, DecideAppeal command, Actor actor) {
        DisciplineStore.Row row = managed(id, actor);
        DisciplineStore.Appeal appeal = store.appeals(id).stream()
                .filter(a -> a.id().equals(appealId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("inspection.appeal.not-found", appealId));
        if (appeal.outcome() != null) {
            throw Refusals.refuse("inspection.appeal.decided", AppealPolicy.DEADLINE_RULE, "outcome");
        }
        AppealOutcome outcome = Objects.requireNonNull(command.outcome());
        LocalDate decidedOn = Objects.requireNonNull(command.decidedOn());
        appeals.checkOutcome(
                outcome, command.changedForm(), row.form(), row.subject(), decidedOn, appeal.filedOn(), today());
        DisciplineEffects.Applied applied = switch (outcome) {
            case UPHELD -> new DisciplineEffects.Applied(row.memberEventId(), row.disqualificationId(), row.effects());
            case CHANGED ->
                effects.change(row, Objects.requireNonNull(command.changedForm()), decidedOn, actor.username());
            case ANNULLED -> effects.restore(row, Objects.requireNonNull(command.note()), actor.username());
        };
        DisciplineForm form =
                outcome == AppealOutcome.CHANGED ? Objects.requireNonNull(command.changedForm()) : row.form();
        DisciplineState state = switch (outcome) {
            case UPHELD -> row.state();
            case CHANGED -> DisciplineState.CHANGED;
            case ANNULLED -> DisciplineState.ANNULLED;
        };
        store.update(
                id,
                Objects.requireNonNull(command.version()),
                form,
                state,
                applied.memberEventId(),
                applied.disqualificationId(),
                applied.effects(),
                clock.instant());
        store.decideAppeal(
                appealId,
                outcome,
                decidedOn,
                command.changedForm(),
                Objects.requireNonNull(command.note()).strip());
    }

    public DisciplineView view(UUID id, Actor actor) {
        DisciplineStore.Row row = store.find(id, access.readable("d.commission_unit_id", "d.case_id", actor))
                .orElseThrow(() -> notFound(id));
        List<ViolationEntry> violations = store.violations(id);
        LocalDate today = today();
        List<DisciplineStore.Appeal> rows = store.appeals(id);
        LocalDate from = rows.stream()
                .map(DisciplineStore.Appeal::decidedOn)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(row.receivedOn());
        @Nullable LocalDate expires = limitation.expiresOn(row.originalForm(), violations);
        return new DisciplineView(
                row.id(),
                row.commissionUnitId(),
                row.caseId(),
                row.subject(),
                row.subjectUnitId(),
                row.subjectMemberId(),
                row.subjectName(),
                row.originalForm(),
                row.form(),
                row.authority(),
                row.decidingBody(),
                row.decisionNumber(),
                row.decidedOn(),
                row.receivedOn(),
                row.reason(),
                violations,
                DisciplineLimitationPolicy.RULE,
                expires,
                row.state(),
                row.effects(),
                appeals.filingUntil(from),
                rows.stream()
                        .map(a -> new AppealView(
                                a.id(),
                                a.appellant(),
                                a.filedOn(),
                                a.grounds(),
                                a.appealBody(),
                                a.dueOn(),
                                a.outcome() == null && today.isAfter(a.dueOn()),
                                a.outcome(),
                                a.decidedOn(),
                                a.changedForm(),
                                a.note()))
                        .toList(),
                row.version());
    }

    public PageResult<DisciplineSummary> list(Paging paging, Actor actor) {
        return store.list(access.readable("d.commission_unit_id", "d.case_id", actor), null, paging);
    }

    private DisciplineStore.Row managed(UUID id, Actor actor) {
        return store.find(id, access.managed("d.commission_unit_id", actor)).orElseThrow(() -> notFound(id));
    }

    private static void checkDates(LocalDate decidedOn, LocalDate receivedOn, LocalDate today) {
        if (decidedOn.isAfter(today)) {
            throw Refusals.refuse("inspection.date.future", DisciplineLimitationPolicy.RULE, "decidedOn");
        }
        if (receivedOn.isBefore(decidedOn) || receivedOn.isAfter(today)) {
            throw Refusals.invalid("inspection.discipline.received-on", "receivedOn");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("inspection.discipline.not-found", id);
    }
}

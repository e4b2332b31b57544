package vn.dangvu.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.CaseSubjectKind;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.CreatePlan;
import vn.dangvu.inspection.EditPlan;
import vn.dangvu.inspection.PlanItemView;
import vn.dangvu.inspection.PlanOwner;
import vn.dangvu.inspection.PlanPeriodKind;
import vn.dangvu.inspection.PlanProgress;
import vn.dangvu.inspection.PlanSummary;
import vn.dangvu.inspection.PlanView;
import vn.dangvu.inspection.SavePlanItem;
import vn.dangvu.member.CellRosters;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/** The work behind {@link vn.dangvu.inspection.InspectionPlanManagement}; runs in the caller's transaction. */
@Component
public class PlanWorkflow {

    private final PlanStore store;
    private final PlanAccess access;
    private final Subjects subjects;
    private final OrgUnits orgUnits;
    private final CellRosters rosters;
    private final Clock clock;

    PlanWorkflow(
            PlanStore store,
            PlanAccess access,
            Subjects subjects,
            OrgUnits orgUnits,
            CellRosters rosters,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.subjects = subjects;
        this.orgUnits = orgUnits;
        this.rosters = rosters;
        this.clock = clock;
    }

    public UUID create(CreatePlan command, Actor actor) {
        PlanOwner owner = Objects.requireNonNull(command.owner());
        long unitId = Objects.requireNonNull(command.ownerUnitId());
        OrgUnitRef unit = orgUnits.find(unitId)
                .filter(u -> access.managing(owner, actor).covers(u.path()))
                .orElseThrow(() ->
                        DomainException.notFound("org.unit.not-found", unitId).onField("ownerUnitId"));
        LocalDate[] period = period(command.periodKind(), command.year(), command.periodFrom(), command.periodTo());
        UUID id = UUID.randomUUID();
        store.insert(
                new PlanStore.Plan(
                        id,
                        unit.id(),
                        owner,
                        Objects.requireNonNull(command.activity()),
                        Objects.requireNonNull(command.periodKind()),
                        command.periodKind() == PlanPeriodKind.YEAR ? command.year() : null,
                        period[0],
                        period[1],
                        Objects.requireNonNull(command.title()).strip(),
                        blankToNull(command.decisionNumber()),
                        command.decisionDate(),
                        0),
                actor.username(),
                clock.instant());
        return id;
    }

    public void edit(UUID id, EditPlan command, Actor actor) {
        PlanStore.Plan plan = managed(id, actor);
        LocalDate[] period = period(command.periodKind(), command.year(), command.periodFrom(), command.periodTo());
        CaseType.Activity activity = Objects.requireNonNull(command.activity());
        for (PlanStore.Item item : store.items(List.of(id))) {
            if (item.plannedFrom().isBefore(period[0]) || item.plannedTo().isAfter(period[1])) {
                throw Refusals.invalid("inspection.plan.items-outside-period", "periodFrom");
            }
            if (item.caseType() != null && item.caseType().activity() != activity) {
                throw Refusals.invalid("inspection.plan.case-type-activity", "activity");
            }
        }
        store.update(
                new PlanStore.Plan(
                        id,
                        plan.ownerUnitId(),
                        plan.owner(),
                        activity,
                        Objects.requireNonNull(command.periodKind()),
                        command.periodKind() == PlanPeriodKind.YEAR ? command.year() : null,
                        period[0],
                        period[1],
                        Objects.requireNonNull(command.title()).strip(),
                        blankToNull(command.decisionNumber()),
                        command.decisionDate(),
                        plan.version()),
                Objects.requireNonNull(command.version()),
                clock.instant());
    }

    public UUID addItem(UUID planId, SavePlanItem command, Actor actor) {
        PlanStore.Plan plan = managed(planId, actor);
        PlanStore.Item item = item(plan, UUID.randomUUID(), command);
        store.insertItem(item, team(command));
        return item.id();
    }

    public void editItem(UUID planId, UUID itemId, SavePlanItem command, Actor actor) {
        PlanStore.Plan plan = managed(planId, actor);
        PlanStore.Item current = store.item(planId, itemId).orElseThrow(() -> itemNotFound(itemId));
        if (command.version() == null) {
            throw Refusals.invalid("inspection.version.required", "version");
        }
        PlanStore.Item edited = item(plan, itemId, command);
        boolean sameSubject = current.subjectKind() == edited.subjectKind()
                && current.subjectUnitId() == edited.subjectUnitId()
                && Objects.equals(current.subjectMemberId(), edited.subjectMemberId());
        if (!sameSubject && !store.cases(List.of(itemId)).isEmpty()) {
            throw DomainException.conflict("inspection.plan.item-subject-locked", current.subjectName())
                    .onField("subjectKind");
        }
        store.updateItem(edited, command.version(), team(command));
    }

    public void deleteItem(UUID planId, UUID itemId, Actor actor) {
        managed(planId, actor);
        PlanStore.Item item = store.item(planId, itemId).orElseThrow(() -> itemNotFound(itemId));
        int cases = store.cases(List.of(itemId)).size();
        if (cases > 0) {
            throw DomainException.conflict("inspection.plan.item-has-cases", item.subjectName(), cases);
        }
        store.deleteItem(itemId);
    }

    public PlanView view(UUID id, Actor actor) {
        PlanStore.Plan plan = store.find(id, access.readable(actor)).orElseThrow(() -> notFound(id));
        boolean manageable = store.find(id, access.managed(actor)).isPresent();
        boolean inspecting = store.find(id, access.inspecting(actor)).isPresent();
        List<PlanStore.Item> items = store.items(List.of(id));
        List<UUID> itemIds = items.stream().map(PlanStore.Item::id).toList();
        Map<UUID, List<PlanStore.LinkedCase>> cases =
                store.cases(itemIds).stream().collect(Collectors.groupingBy(PlanStore.LinkedCase::itemId));
        Map<UUID, List<UUID>> team = store.teamMembers(itemIds);
        LocalDate today = LocalDate.now(clock);
        List<PlanItemView> views = new ArrayList<>();
        List<PlanProgressPolicy.Item> progress = new ArrayList<>();
        for (PlanStore.Item item : items) {
            List<PlanStore.LinkedCase> linked = cases.getOrDefault(item.id(), List.of());
            PlanProgressPolicy.Item rule = progressItem(item, linked);
            progress.add(rule);
            views.add(new PlanItemView(
                    item.id(),
                    item.subjectKind(),
                    item.subjectUnitId(),
                    item.subjectMemberId(),
                    item.subjectName(),
                    item.content(),
                    item.plannedFrom(),
                    item.plannedTo(),
                    item.team(),
                    team.getOrDefault(item.id(), List.of()),
                    item.caseType(),
                    PlanProgressPolicy.status(rule, today),
                    linked.stream()
                            .map(c -> new PlanItemView.PlanItemCase(
                                    c.caseId(), inspecting ? c.title() : null, c.concludedOn()))
                            .toList(),
                    item.version()));
        }
        return new PlanView(
                plan.id(),
                plan.ownerUnitId(),
                orgUnits.find(plan.ownerUnitId()).map(OrgUnitRef::name).orElse(""),
                plan.owner(),
                plan.activity(),
                plan.periodKind(),
                plan.year(),
                plan.periodFrom(),
                plan.periodTo(),
                plan.title(),
                plan.decisionNumber(),
                plan.decisionDate(),
                views,
                PlanProgressPolicy.progress(progress, today),
                manageable,
                inspecting,
                plan.version());
    }

    public PageResult<PlanSummary> list(
            @Nullable Integer year, CaseType.@Nullable Activity activity, Paging paging, Actor actor) {
        PageResult<PlanStore.Plan> page = store.list(access.readable(actor), year, activity, paging);
        List<UUID> planIds = page.content().stream().map(PlanStore.Plan::id).toList();
        List<PlanStore.Item> items = store.items(planIds);
        Map<UUID, List<PlanStore.LinkedCase>> cases =
                store.cases(items.stream().map(PlanStore.Item::id).toList()).stream()
                        .collect(Collectors.groupingBy(PlanStore.LinkedCase::itemId));
        Map<UUID, List<PlanProgressPolicy.Item>> byPlan = items.stream()
                .collect(Collectors.groupingBy(
                        PlanStore.Item::planId,
                        Collectors.mapping(
                                i -> progressItem(i, cases.getOrDefault(i.id(), List.of())), Collectors.toList())));
        Map<Long, String> names = orgUnits.namesOf(page.content().stream()
                .map(PlanStore.Plan::ownerUnitId)
                .distinct()
                .toList());
        LocalDate today = LocalDate.now(clock);
        List<PlanSummary> rows = page.content().stream()
                .map(p -> {
                    PlanProgress progress = PlanProgressPolicy.progress(byPlan.getOrDefault(p.id(), List.of()), today);
                    return new PlanSummary(
                            p.id(),
                            p.ownerUnitId(),
                            names.getOrDefault(p.ownerUnitId(), ""),
                            p.owner(),
                            p.activity(),
                            p.periodKind(),
                            p.year(),
                            p.periodFrom(),
                            p.periodTo(),
                            p.title(),
                            p.decisionNumber(),
                            p.decisionDate(),
                            progress);
                })
                .toList();
        return new PageResult<>(rows, page.page(), page.size(), page.totalElements());
    }

    /**
     * The item a case opened by the commission at {@code commission} comes from: it must belong to a plan of that
     * unit (404 otherwise) and name the same subject.
     */
    void checkCaseItem(UUID itemId, OrgUnitRef commission, Subjects.Subject subject, CaseSubjectKind kind) {
        Map.Entry<PlanStore.Item, Long> found = store.itemWithOwner(itemId)
                .filter(e -> e.getValue() == commission.id())
                .orElseThrow(() -> itemNotFound(itemId).onField("planItemId"));
        PlanStore.Item item = found.getKey();
        boolean same = item.subjectKind() == kind
                && (kind == CaseSubjectKind.MEMBER
                        ? Objects.equals(item.subjectMemberId(), subject.memberId())
                        : item.subjectUnitId() == subject.unitId());
        if (!same) {
            throw Refusals.invalid("inspection.plan.item-subject", "planItemId");
        }
    }

    private PlanStore.Item item(PlanStore.Plan plan, UUID id, SavePlanItem command) {
        OrgUnitRef owner = orgUnits.find(plan.ownerUnitId()).orElseThrow(() -> notFound(plan.id()));
        Subjects.Subject subject = subjects.find(
                Objects.requireNonNull(command.subjectKind()),
                command.subjectUnitId(),
                command.subjectMemberId(),
                owner);
        LocalDate from = Objects.requireNonNull(command.plannedFrom());
        LocalDate to = Objects.requireNonNull(command.plannedTo());
        if (to.isBefore(from)) {
            throw Refusals.invalid("inspection.plan.planned.order", "plannedTo");
        }
        if (from.isBefore(plan.periodFrom()) || to.isAfter(plan.periodTo())) {
            throw Refusals.invalid("inspection.plan.planned.outside", "plannedFrom");
        }
        if (command.caseType() != null && command.caseType().activity() != plan.activity()) {
            throw Refusals.invalid("inspection.plan.case-type-activity", "caseType");
        }
        return new PlanStore.Item(
                id,
                plan.id(),
                command.subjectKind(),
                subject.unitId(),
                subject.memberId(),
                subject.name(),
                Objects.requireNonNull(command.content()).strip(),
                from,
                to,
                blankToNull(command.team()),
                command.caseType(),
                0);
    }

    private List<UUID> team(SavePlanItem command) {
        List<UUID> team = command.teamMembers();
        if (!team.isEmpty() && rosters.byIds(team).size() != team.size()) {
            throw DomainException.notFound("member.not-found", "").onField("teamMemberIds");
        }
        return team;
    }

    private static PlanProgressPolicy.Item progressItem(PlanStore.Item item, List<PlanStore.LinkedCase> linked) {
        List<@Nullable LocalDate> concluded = new ArrayList<>();
        linked.forEach(c -> concluded.add(c.concludedOn()));
        return new PlanProgressPolicy.Item(item.subjectKind(), item.plannedTo(), concluded);
    }

    private static LocalDate[] period(
            @Nullable PlanPeriodKind kind, @Nullable Integer year, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (kind == PlanPeriodKind.YEAR) {
            if (year == null) {
                throw Refusals.invalid("inspection.plan.year.required", "year");
            }
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        if (from == null) {
            throw Refusals.invalid("inspection.plan.term.required", "periodFrom");
        }
        if (to == null) {
            throw Refusals.invalid("inspection.plan.term.required", "periodTo");
        }
        if (!to.isAfter(from)) {
            throw Refusals.invalid("inspection.plan.term.order", "periodTo");
        }
        return new LocalDate[] {from, to};
    }

    private PlanStore.Plan managed(UUID id, Actor actor) {
        return store.find(id, access.managed(actor)).orElseThrow(() -> notFound(id));
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("inspection.plan.not-found", id);
    }

    private static DomainException itemNotFound(UUID id) {
        return DomainException.notFound("inspection.plan.item-not-found", id);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

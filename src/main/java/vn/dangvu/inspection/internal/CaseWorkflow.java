package vn.dangvu.inspection.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.document.DocumentManagement;
import vn.dangvu.document.DocumentView;
import vn.dangvu.inspection.CaseStep;
import vn.dangvu.inspection.CaseStepView;
import vn.dangvu.inspection.CaseSummary;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.CaseView;
import vn.dangvu.inspection.OpenCase;
import vn.dangvu.inspection.RecordCaseStep;
import vn.dangvu.member.CellRosters;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/** The work behind {@link vn.dangvu.inspection.InspectionCaseManagement}; runs in the caller's transaction. */
@Component
public class CaseWorkflow {

    private final CaseStore store;
    private final DisciplineStore disciplines;
    private final CaseAccess access;
    private final Subjects subjects;
    private final OrgUnits orgUnits;
    private final CellRosters rosters;
    private final DocumentManagement documents;
    private final PlanWorkflow plans;
    private final Clock clock;

    CaseWorkflow(
            CaseStore store,
            DisciplineStore disciplines,
            CaseAccess access,
            Subjects subjects,
            OrgUnits orgUnits,
            CellRosters rosters,
            DocumentManagement documents,
            PlanWorkflow plans,
            Clock clock) {
        this.store = store;
        this.disciplines = disciplines;
        this.access = access;
        this.subjects = subjects;
        this.orgUnits = orgUnits;
        this.rosters = rosters;
        this.documents = documents;
        this.plans = plans;
        this.clock = clock;
    }

    public UUID open(OpenCase command, Actor actor) {
        OrgUnitRef commission =
                subjects.commission(Objects.requireNonNull(command.commissionUnitId()), access.managing(actor));
        Subjects.Subject subject = subjects.find(
                Objects.requireNonNull(command.subjectKind()),
                command.subjectUnitId(),
                command.subjectMemberId(),
                commission);
        if (command.planItemId() != null) {
            plans.checkCaseItem(command.planItemId(), commission, subject, command.subjectKind());
        }
        List<UUID> named = command.named().stream().distinct().toList();
        if (!named.isEmpty() && rosters.byIds(named).size() != named.size()) {
            throw DomainException.notFound("member.not-found", "").onField("namedMemberIds");
        }
        UUID id = UUID.randomUUID();
        store.insert(
                new CaseStore.Row(
                        id,
                        commission.id(),
                        Objects.requireNonNull(command.type()),
                        command.subjectKind(),
                        subject.unitId(),
                        subject.memberId(),
                        subject.name(),
                        Objects.requireNonNull(command.title()).strip(),
                        blankToNull(command.content()),
                        null,
                        null,
                        null,
                        command.planItemId(),
                        0),
                named,
                actor.username(),
                clock.instant());
        return id;
    }

    public void recordStep(UUID id, RecordCaseStep command, Actor actor) {
        CaseStore.Row row = managed(id, actor);
        List<CaseStepView> steps = store.steps(id);
        Instant now = clock.instant();
        CaseStepPolicy.check(command, steps, LocalDate.ofInstant(now, clock.getZone()));
        String label = null;
        if (command.documentId() != null) {
            label = documentLabel(command.documentId(), actor);
        }
        store.bump(id, Objects.requireNonNull(command.version()), now);
        CaseStep step = Objects.requireNonNull(command.step());
        LocalDate doneOn = Objects.requireNonNull(command.doneOn());
        store.appendStep(
                id, step, doneOn, blankToNull(command.note()), command.documentId(), label, actor.username(), now);
        if (step == CaseStep.CONCLUSION) {
            store.conclude(
                    row.id(),
                    Boolean.TRUE.equals(command.violationFound()),
                    Objects.requireNonNull(command.conclusion()).strip(),
                    doneOn,
                    command.categoryList());
        }
    }

    public CaseView view(UUID id, Actor actor) {
        CaseStore.Row row = store.find(id, access.readable("c.commission_unit_id", "c.id", actor))
                .orElseThrow(() -> notFound(id));
        boolean manageable =
                store.find(id, access.managed("c.commission_unit_id", actor)).isPresent();
        List<CaseStepView> steps = store.steps(id);
        return new CaseView(
                row.id(),
                row.commissionUnitId(),
                orgUnits.find(row.commissionUnitId()).map(OrgUnitRef::name).orElse(""),
                row.type(),
                row.type().activity(),
                row.subjectKind(),
                row.subjectUnitId(),
                row.subjectMemberId(),
                row.subjectName(),
                row.title(),
                row.content(),
                steps,
                CaseStepPolicy.next(steps),
                row.violationFound(),
                store.categories(id),
                row.conclusion(),
                row.concludedOn(),
                store.named(id),
                disciplines
                        .list(access.readable("d.commission_unit_id", "d.case_id", actor), id, new Paging(0, 500))
                        .content(),
                row.planItemId(),
                manageable,
                row.version());
    }

    public PageResult<CaseSummary> list(@Nullable CaseType type, @Nullable String query, Paging paging, Actor actor) {
        return store.list(access.readable("c.commission_unit_id", "c.id", actor), type, query, paging);
    }

    /** The case if the caller's inspection scope holds its commission (named readers do not manage). */
    CaseStore.Row managed(UUID id, Actor actor) {
        return store.find(id, access.managed("c.commission_unit_id", actor)).orElseThrow(() -> notFound(id));
    }

    private String documentLabel(long documentId, Actor actor) {
        DocumentView document;
        try {
            document = documents.view(documentId, actor);
        } catch (DomainException e) {
            throw e.onField("documentId");
        }
        return document.number() == null ? document.title() : document.number() + " — " + document.title();
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("inspection.case.not-found", id);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

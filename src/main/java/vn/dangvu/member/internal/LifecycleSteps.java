package vn.dangvu.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.member.FeeStanding;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleOverview;
import vn.dangvu.member.MemberEvent;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RegisterMember;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.SqlFragment;
import vn.dangvu.shared.text.VietnameseText;

/**
 * The work behind {@link vn.dangvu.member.MemberLifecycle}: who may record a step and on whom, the policy check, the
 * append and the projection. Runs inside the caller's transaction.
 */
@Component
public class LifecycleSteps {

    private static final Role[] READERS = MemberController.READERS;

    private final MemberEventStore store;
    private final MemberQueries queries;
    private final OrgUnits orgUnits;
    private final WorkingDays workingDays;
    private final LifecycleProperties properties;
    private final JdbcClient jdbc;
    private final ObjectProvider<FeeStanding> fees;
    private final RemovalProposalStore proposals;
    private final AuditTrail audit;

    LifecycleSteps(
            MemberEventStore store,
            MemberQueries queries,
            OrgUnits orgUnits,
            WorkingDays workingDays,
            LifecycleProperties properties,
            JdbcClient jdbc,
            ObjectProvider<FeeStanding> fees,
            RemovalProposalStore proposals,
            AuditTrail audit) {
        this.store = store;
        this.queries = queries;
        this.orgUnits = orgUnits;
        this.workingDays = workingDays;
        this.properties = properties;
        this.jdbc = jdbc;
        this.fees = fees;
        this.proposals = proposals;
        this.audit = audit;
    }

    public MemberEvent record(
            UUID memberId, RecordLifecycleEvent step, long expectedVersion, Actor actor, LocalDate today, Instant now) {
        if (LifecyclePolicy.recordedBySystem(step.kind())) {
            throw LifecyclePolicy.refuse(
                    "member.lifecycle.system-step",
                    LifecyclePolicy.STATE_RULE,
                    "kind",
                    step.kind().name());
        }
        requireVisible(memberId, step.kind(), actor);
        MemberEventStore.Versioned current = load(memberId);
        checkTarget(step);
        LifecyclePolicy.Outcome outcome = policy().apply(
                        current.state(),
                        step,
                        context(memberId, step),
                        today,
                        store.lastEffective(memberId).orElse(null));
        MemberEvent event = write(
                memberId,
                withFeeStatement(memberId, step, actor),
                current,
                outcome,
                null,
                expectedVersion,
                actor.username(),
                now);
        settleProposals(memberId, event, actor.username(), now);
        return event;
    }

    /**
     * Records a step decided by a competent body of another module (an expulsion by a discipline decision): that
     * module has checked its caller's authority and scope; the lifecycle policy still checks the step.
     */
    public MemberEvent recordDecided(
            UUID memberId, RecordLifecycleEvent step, String decidedBy, LocalDate today, Instant now) {
        if (step.kind() != LifecycleEventKind.EXPELLED) {
            throw new IllegalArgumentException("not a step decided elsewhere: " + step.kind());
        }
        MemberEventStore.Versioned current = load(memberId);
        LifecyclePolicy.Outcome outcome = policy().apply(
                        current.state(),
                        step,
                        context(memberId, step),
                        today,
                        store.lastEffective(memberId).orElse(null));
        MemberEvent event = write(memberId, step, current, outcome, null, current.version(), decidedBy, now);
        settleProposals(memberId, event, decidedBy, now);
        return event;
    }

    /**
     * Annuls a step recorded by {@link #recordDecided} when the decision behind it is annulled; nothing (empty) when
     * a later step was recorded since or the step is no longer current.
     */
    public java.util.Optional<MemberEvent> annulDecided(
            UUID memberId, long eventId, String reason, String decidedBy, Instant now) {
        MemberEventStore.StoredEvent original = store.current(memberId, eventId).orElse(null);
        boolean latest =
                store.latestCurrentId(memberId).map(id -> id == eventId).orElse(false);
        if (original == null || !latest || original.before() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                annulLatest(memberId, original, reason, load(memberId).version(), decidedBy, now));
    }

    /** The member's open removal proposals are done once their leaving the list is recorded. */
    private void settleProposals(UUID memberId, MemberEvent event, String by, Instant now) {
        if (!RemovalProposalPolicy.settles(event.kind())) {
            return;
        }
        String reason = RemovalProposalPolicy.reason(event.kind(), event.effectiveDate(), event.id());
        for (long id : proposals.closeOpenOf(memberId, event.id(), reason, by, now)) {
            audit.record("member.removal.done", "member", memberId, Map.of("proposalId", id, "eventId", event.id()));
        }
    }

    /** A removal recorded in error did not settle the proposals it closed: they are open again. */
    private void reopenProposals(UUID memberId, long eventId) {
        for (long id : proposals.reopenClosedBy(memberId, eventId)) {
            audit.record("member.removal.reopen", "member", memberId, Map.of("proposalId", id, "eventId", eventId));
        }
    }

    /** A transfer's letter states the month up to which fees are paid ({@link TransferLetterPolicy}): in the note. */
    private RecordLifecycleEvent withFeeStatement(UUID memberId, RecordLifecycleEvent step, Actor actor) {
        FeeStanding standing = fees.getIfAvailable();
        if (standing == null || !TransferLetterPolicy.issuesLetter(step.kind())) {
            return step;
        }
        return standing.paidUpTo(memberId, actor.scopeFor(LifecyclePolicy.recorders(step.kind())))
                .map(month -> new RecordLifecycleEvent(
                        step.kind(),
                        step.effectiveDate(),
                        step.decisionNumber(),
                        step.decisionDate(),
                        step.decisionBody(),
                        step.targetOrgUnitId(),
                        step.destination(),
                        step.place(),
                        step.untilDate(),
                        step.ground(),
                        step.lateReason(),
                        TransferLetterPolicy.withStatement(step.note(), month),
                        step.helperMemberIds(),
                        step.introducerMemberIds(),
                        step.youthUnionIntroduction(),
                        step.certificateNumber(),
                        step.fullTimeStudy(),
                        step.exceptionReference()))
                .orElse(step);
    }

    public MemberEvent correct(
            UUID memberId,
            long eventId,
            RecordLifecycleEvent corrected,
            long expectedVersion,
            Actor actor,
            LocalDate today,
            Instant now) {
        requireVisible(memberId, corrected.kind(), actor);
        MemberEventStore.StoredEvent original = store.current(memberId, eventId)
                .orElseThrow(() -> DomainException.notFound("member.event.not-found", eventId));
        if (original.kind() != corrected.kind() || original.kind() == LifecycleEventKind.ANNULMENT) {
            throw LifecyclePolicy.refuse(
                    "member.lifecycle.correct-same-kind",
                    LifecyclePolicy.STATE_RULE,
                    "kind",
                    original.kind().name());
        }
        MemberEventStore.Versioned current = load(memberId);
        boolean latest =
                store.latestCurrentId(memberId).map(id -> id == eventId).orElse(false);
        if (latest && original.before() != null) {
            checkTarget(corrected);
            LifecyclePolicy.Outcome outcome = policy().apply(
                            original.before(),
                            corrected,
                            context(memberId, corrected),
                            today,
                            store.lastEffectiveBefore(memberId, eventId).orElse(null));
            return write(
                    memberId,
                    corrected,
                    current,
                    outcome,
                    eventId,
                    expectedVersion,
                    actor.username(),
                    now,
                    original.before());
        }
        if (!corrected.effectiveDate().equals(original.effectiveDate())) {
            throw LifecyclePolicy.refuse(
                    "member.lifecycle.correct-only-latest", LifecyclePolicy.STATE_RULE, "effectiveDate");
        }
        long id = store.appendReferenceCorrection(eventId, corrected, now, actor.username());
        store.projectReferences(memberId, original.kind(), original.effectiveDate(), corrected, expectedVersion, now);
        return find(memberId, id);
    }

    public MemberEvent annul(
            UUID memberId, long eventId, String reason, long expectedVersion, Actor actor, Instant now) {
        visibleTo(memberId, actor.scopeFor(LifecyclePolicy.recorders(LifecycleEventKind.DIED)), false);
        MemberEventStore.StoredEvent original = store.current(memberId, eventId)
                .orElseThrow(() -> DomainException.notFound("member.event.not-found", eventId));
        requireVisible(memberId, original.kind(), actor);
        if (reason.isBlank()) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.lifecycle.required").onField("reason");
        }
        boolean latest =
                store.latestCurrentId(memberId).map(id -> id == eventId).orElse(false);
        if (!latest) {
            throw LifecyclePolicy.refuse("member.lifecycle.annul-only-latest", LifecyclePolicy.STATE_RULE, "eventId");
        }
        if (original.before() == null) {
            throw LifecyclePolicy.refuse("member.lifecycle.annul-unavailable", LifecyclePolicy.STATE_RULE, "eventId");
        }
        return annulLatest(memberId, original, reason, expectedVersion, actor.username(), now);
    }

    /**
     * Writes the annulment of the member's latest step (checked by the callers): the state goes back to the one
     * before it, and the removal proposals the step had settled are open again.
     */
    private MemberEvent annulLatest(
            UUID memberId,
            MemberEventStore.StoredEvent original,
            String reason,
            long expectedVersion,
            String by,
            Instant now) {
        MemberEventStore.Versioned current = load(memberId);
        RecordLifecycleEvent annulment = new RecordLifecycleEvent(
                LifecycleEventKind.ANNULMENT,
                original.effectiveDate(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                reason,
                List.of(),
                List.of(),
                false,
                null,
                false,
                null);
        LifecyclePolicy.Outcome outcome = new LifecyclePolicy.Outcome(
                Objects.requireNonNull(original.before()), original.effectiveDate(), null, false);
        MemberEvent annulled = write(memberId, annulment, current, outcome, original.id(), expectedVersion, by, now);
        reopenProposals(memberId, original.id());
        return annulled;
    }

    public MemberView register(RegisterMember command, Actor actor, LocalDate today, Instant now) {
        OrgScope scope = actor.scopeFor(Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION);
        OrgUnitRef unit = orgUnits.findWithin(command.orgUnitId(), scope)
                .map(u -> new OrgUnitRef(u.id(), u.kind(), u.name(), u.path()))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", command.orgUnitId())
                        .onField("orgUnitId"));
        if (!unit.kind().holdsMembers()) {
            throw DomainException.rule("member.register.not-a-cell", unit.name())
                    .onField("orgUnitId");
        }
        if (!command.birthDate().isBefore(today)) {
            throw DomainException.rule("member.birth-date.not-past").onField("birthDate");
        }
        if (command.effectiveDate().isAfter(today)) {
            throw LifecyclePolicy.refuse(
                    "member.lifecycle.future", LifecyclePolicy.STATE_RULE, "effectiveDate", command.effectiveDate());
        }
        if (command.citizenId() != null && taken("citizen_id", command.citizenId())) {
            throw DomainException.conflict("member.citizen-id.taken").onField("citizenId");
        }
        if (command.cardNumber() != null && taken("card_number", command.cardNumber())) {
            throw DomainException.conflict("member.card-number.taken").onField("cardNumber");
        }
        LifecycleState state = LifecycleState.candidate(unit.id(), command.birthDate());
        LifecycleEventKind kind = LifecycleEventKind.CANDIDATE_REGISTERED;
        if (command.entry() == RegisterMember.Entry.TRANSFER_ARRIVAL) {
            kind = LifecycleEventKind.TRANSFER_ARRIVED;
            state = arrival(command, state, today);
        }
        UUID id = UUID.randomUUID();
        String name = VietnameseText.clean(command.fullName());
        jdbc.sql("""
                        INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity,
                               status, citizen_id, phone, card_number, version, created_at, updated_at)
                        VALUES (:id, :org, :name, :search, :sort, :sex, :birth, :ethnicity, :status, :citizen, :phone,
                               :card, 0, :now, :now)""")
                .param("id", id)
                .param("org", unit.id())
                .param("name", name)
                .param("search", VietnameseText.searchKey(name))
                .param("sort", VietnameseText.nameSortKey(name))
                .param("sex", command.sex())
                .param("birth", command.birthDate())
                .param("ethnicity", command.ethnicity().name())
                .param("status", state.status().name())
                .param("citizen", command.citizenId())
                .param("phone", command.phone())
                .param("card", command.cardNumber())
                .param("now", Timestamp.from(now))
                .update();
        store.save(id, state, 0, now);
        RecordLifecycleEvent entry = new RecordLifecycleEvent(
                kind,
                command.effectiveDate(),
                null,
                null,
                null,
                null,
                command.origin(),
                null,
                null,
                null,
                null,
                command.note(),
                List.of(),
                List.of(),
                false,
                null,
                false,
                null);
        store.append(id, entry, state, state, command.effectiveDate(), false, null, now, actor.username(), null);
        return queries.find(id, scope).orElseThrow();
    }

    private static LifecycleState arrival(RegisterMember command, LifecycleState state, LocalDate today) {
        MemberStatus status = command.statusOnArrival();
        if (status != MemberStatus.PROBATIONARY && status != MemberStatus.OFFICIAL) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.register.arrival-status")
                    .onField("statusOnArrival");
        }
        if (command.admittedOn() == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.lifecycle.required")
                    .onField("admittedOn");
        }
        LifecycleState.Builder b = state.toBuilder();
        b.status(status);
        b.admittedOn = command.admittedOn();
        b.firstAdmittedOn = command.admittedOn();
        b.ceremonyDate = command.ceremonyDate();
        if (status == MemberStatus.OFFICIAL) {
            LocalDate official = command.officialOn();
            if (official == null) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.lifecycle.required")
                        .onField("officialOn");
            }
            b.officialOn = official;
        }
        return b.build();
    }

    public List<MemberEvent> history(UUID memberId, Actor actor) {
        visibleTo(memberId, withSelf(actor), true);
        return store.events(memberId);
    }

    public LifecycleOverview overview(UUID memberId, Actor actor, LocalDate today) {
        visibleTo(memberId, withSelf(actor), true);
        MemberEventStore.Versioned current = store.peek(memberId).orElseThrow(() -> notFound(memberId));
        LifecycleState state = current.state();
        LifecyclePolicy policy = policy();
        LocalDate deadline = policy.deadline(state);
        Integer left = deadline == null ? null : workingDays.workingDaysBetween(today, deadline);
        List<LifecycleOverview.Step> next = new ArrayList<>();
        for (LifecycleEventKind kind : policy.nextSteps(state)) {
            boolean allowed = !actor.scopeFor(LifecyclePolicy.recorders(kind)).isEmpty();
            next.add(new LifecycleOverview.Step(kind, LifecyclePolicy.ruleOf(kind), allowed));
        }
        return new LifecycleOverview(
                memberId,
                state.status(),
                current.version(),
                deadline,
                left,
                state.status() == MemberStatus.PROBATIONARY && state.ceremonyDate() != null
                        ? LifecyclePolicy.probationEnd(state.ceremonyDate())
                        : null,
                state.suspendedSince() != null,
                state.temporaryUntil(),
                state.abroadUntil(),
                next);
    }

    private MemberEvent write(
            UUID memberId,
            RecordLifecycleEvent step,
            MemberEventStore.Versioned current,
            LifecyclePolicy.Outcome outcome,
            @Nullable Long supersedes,
            long expectedVersion,
            String by,
            Instant now) {
        return write(memberId, step, current, outcome, supersedes, expectedVersion, by, now, current.state());
    }

    private MemberEvent write(
            UUID memberId,
            RecordLifecycleEvent step,
            MemberEventStore.Versioned current,
            LifecyclePolicy.Outcome outcome,
            @Nullable Long supersedes,
            long expectedVersion,
            String by,
            Instant now,
            LifecycleState before) {
        if (current.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "member " + memberId + " is at version " + current.version());
        }
        store.save(memberId, outcome.after(), expectedVersion, now);
        long id = store.append(
                memberId,
                step,
                current.state(),
                outcome.after(),
                outcome.effectiveDate(),
                outcome.late(),
                supersedes,
                now,
                by,
                before);
        return find(memberId, id);
    }

    private MemberEvent find(UUID memberId, long eventId) {
        return store.event(memberId, eventId).orElseThrow();
    }

    private MemberEventStore.Versioned load(UUID memberId) {
        return store.load(memberId).orElseThrow(() -> notFound(memberId));
    }

    private LifecyclePolicy.Context context(UUID memberId, RecordLifecycleEvent step) {
        List<UUID> named = new ArrayList<>(step.helperMemberIds());
        named.addAll(step.introducerMemberIds());
        return new LifecyclePolicy.Context(store.statuses(named), store.readmissions(memberId));
    }

    private void checkTarget(RecordLifecycleEvent step) {
        Long target = step.targetOrgUnitId();
        if (target == null) {
            return;
        }
        OrgUnitRef unit = orgUnits.find(target)
                .orElseThrow(() ->
                        DomainException.notFound("org.unit.not-found", target).onField("targetOrgUnitId"));
        if (!unit.kind().holdsMembers()) {
            throw DomainException.rule("member.register.not-a-cell", unit.name())
                    .onField("targetOrgUnitId");
        }
    }

    private LifecyclePolicy policy() {
        WorkingDays.Snapshot days = workingDays.snapshot();
        return new LifecyclePolicy(days::plusWorkingDays, properties.limits());
    }

    /** The caller may record the step on this member: role for the step, and the member in that role's scope. */
    private void requireVisible(UUID memberId, LifecycleEventKind kind, Actor actor) {
        OrgScope scope = actor.scopeFor(LifecyclePolicy.recorders(kind));
        if (scope.isEmpty()) {
            if (actor.scopeFor(READERS).isEmpty()) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden");
            }
            visibleTo(memberId, actor.scopeFor(READERS), false);
            throw new DomainException(
                    DomainException.Kind.FORBIDDEN,
                    "member.lifecycle.not-recorder",
                    Map.of("rule", LifecyclePolicy.ruleOf(kind)));
        }
        visibleTo(memberId, scope, kind == LifecycleEventKind.TRANSFER_RECEIVED);
    }

    /** The member is in the scope (or, for a receiving organisation, on the way to it); else reads as absent. */
    private void visibleTo(UUID memberId, OrgScope scope, boolean orOnTheWay) {
        if (queries.find(memberId, scope).isPresent()) {
            return;
        }
        if (orOnTheWay && !scope.paths().isEmpty()) {
            SqlFragment within = orgUnits.unitWithin("m.transit_to_org_unit_id", scope, "scope");
            Map<String, Object> params = new HashMap<>(within.params());
            params.put("id", memberId);
            boolean incoming =
                    jdbc.sql("SELECT COUNT(*) FROM member m WHERE m.id = :id AND m.status = 'IN_TRANSIT' AND "
                                            + within.sql())
                                    .params(params)
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (incoming) {
                return;
            }
        }
        throw notFound(memberId);
    }

    private static OrgScope withSelf(Actor actor) {
        Role[] roles = Arrays.copyOf(READERS, READERS.length + 1);
        roles[READERS.length] = Role.MEMBER;
        return actor.scopeFor(roles);
    }

    private boolean taken(String column, String value) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE " + column + " = :v")
                        .param("v", value)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("member.not-found", id);
    }
}

package vn.dangvu.org;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.internal.OrgChangePlans;
import vn.dangvu.org.internal.OrgDecisionPolicy;
import vn.dangvu.org.internal.OrgHistory;
import vn.dangvu.org.internal.OrgTermRules;
import vn.dangvu.org.internal.OrgTreeQueries;
import vn.dangvu.org.internal.OrgUnitWrites;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgMembership;
import vn.dangvu.shared.OrgScope;

/**
 * Write API of the organisation tree. Each method is one transaction, checks that the units it touches lie in the
 * caller's scope (a unit outside it reads as absent), applies the nesting rules, refuses a stale version (409),
 * records the change in the unit's history and the audit log, and publishes its event.
 */
@Service
@Transactional
public class OrgUnitManagement {

    private final OrgUnitWrites writes;
    private final OrgTreeQueries queries;
    private final OrgChangePlans plans;
    private final OrgHistory history;
    private final OrgTermRules terms;
    private final OrgMembership membership;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    OrgUnitManagement(
            OrgUnitWrites writes,
            OrgTreeQueries queries,
            OrgChangePlans plans,
            OrgHistory history,
            OrgTermRules terms,
            OrgMembership membership,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.writes = writes;
        this.queries = queries;
        this.plans = plans;
        this.history = history;
        this.terms = terms;
        this.membership = membership;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a unit; its history starts with the founding decision, or, for a unit registered without one at hand,
     * with the day of registration.
     */
    public OrgUnitView create(CreateOrgUnit command, @Nullable OrgDecision decision, OrgScope scope, String by) {
        plans.active(command.parentId(), scope, "parentId");
        checkDecision(decision);
        long id = writes.create(command);
        OrgUnitView unit = plans.visible(id, scope);
        Instant now = clock.instant();
        history.record(
                new OrgHistory.Entry(
                        id,
                        OrgUnitEventKind.CREATED,
                        decision == null ? today() : decision.effectiveOn(),
                        decision,
                        null,
                        null,
                        unit.name(),
                        null,
                        command.parentId(),
                        null,
                        unit.path(),
                        null),
                now,
                by);
        audit.record(
                "org-unit.create", "org-unit", id, Map.of("command", command, "decision", String.valueOf(decision)));
        events.publishEvent(new OrgUnitCreated(id, command.parentId(), command.kind(), now));
        return unit;
    }

    /**
     * Creates the root of the tree when the tree is empty (first start of a new installation); returns the root.
     */
    public OrgUnitRef ensureRoot(OrgUnitKind kind, String code, String name) {
        long id = writes.ensureRoot(kind, code, name);
        return queries.ref(id).orElseThrow();
    }

    /** Renames a unit. */
    public OrgUnitView rename(
            long unitId, String name, long expectedVersion, OrgDecision decision, OrgScope scope, String by) {
        OrgUnitView unit = plans.active(unitId, scope, "");
        checkDecision(decision);
        String clean = vn.dangvu.shared.text.VietnameseText.clean(name);
        if (clean.equals(unit.name())) {
            throw DomainException.rule("org.rename.same", unit.name()).onField("name");
        }
        Instant now = clock.instant();
        writes.rename(unitId, clean, expectedVersion, now);
        history.record(
                new OrgHistory.Entry(
                        unitId,
                        OrgUnitEventKind.RENAMED,
                        decision.effectiveOn(),
                        decision,
                        null,
                        unit.name(),
                        clean,
                        null,
                        null,
                        null,
                        null,
                        null),
                now,
                by);
        audit.record(
                "org-unit.rename",
                "org-unit",
                unitId,
                Map.of("from", unit.name(), "to", clean, "decision", decision.number()));
        events.publishEvent(new OrgUnitRenamed(unitId, unit.name(), clean, now));
        return plans.visible(unitId, scope);
    }

    /**
     * Moves a unit with its subtree under another parent.
     *
     * @param expectedVersion the version the caller last saw; a newer one means a concurrent change (409)
     */
    public OrgUnitView move(
            long unitId, long newParentId, long expectedVersion, OrgDecision decision, OrgScope scope, String by) {
        OrgChangePlans.MovePlan plan = plans.move(unitId, newParentId, scope);
        checkDecision(decision);
        Instant now = clock.instant();
        String oldPath = plan.unit().path();
        String newPath = writes.move(unitId, newParentId, expectedVersion);
        history.record(movedEntry(plan.unit(), newParentId, newPath, decision, null), now, by);
        audit.record(
                "org-unit.move",
                "org-unit",
                unitId,
                Map.of("from", oldPath, "to", newPath, "parentId", newParentId, "decision", decision.number()));
        events.publishEvent(new OrgUnitMoved(unitId, oldPath, newPath, now));
        return plans.visible(unitId, scope);
    }

    /** Merges units into a survivor: their active members and child units go to it, they end as MERGED. */
    public OrgUnitView merge(MergeOrgUnits command, OrgScope scope, String by) {
        List<Long> ids = command.absorbed().stream()
                .map(OrgChangePreview.UnitVersion::id)
                .toList();
        OrgChangePlans.MergePlan plan = plans.merge(command.survivorId(), ids, scope);
        OrgDecision decision = command.decision();
        checkDecision(decision);
        Instant now = clock.instant();
        OrgUnitView survivor = plan.survivor();
        writes.claim(survivor.id(), command.survivorVersion(), now);
        for (OrgChangePlans.Absorbed absorbed : plan.absorbed()) {
            OrgUnitView unit = absorbed.unit();
            long version = command.absorbed().stream()
                    .filter(v -> v.id() == unit.id())
                    .findFirst()
                    .orElseThrow()
                    .version();
            writes.end(unit.id(), OrgUnitState.MERGED, decision.effectiveOn(), version, now);
            for (OrgUnitView child : absorbed.children()) {
                String oldPath = child.path();
                String newPath = writes.move(child.id(), survivor.id(), null);
                history.record(movedEntry(child, survivor.id(), newPath, decision, null), now, by);
                events.publishEvent(new OrgUnitMoved(child.id(), oldPath, newPath, now));
            }
            int moved = membership.moveAll(unit.id(), survivor.id(), forMembers(decision), by);
            history.record(mergeOrSplit(unit, OrgUnitEventKind.MERGED, decision, survivor.id(), moved), now, by);
            history.record(mergeOrSplit(survivor, OrgUnitEventKind.MERGED, decision, unit.id(), moved), now, by);
        }
        audit.record(
                "org-unit.merge", "org-unit", survivor.id(), Map.of("absorbed", ids, "decision", decision.number()));
        events.publishEvent(new OrgUnitsMerged(survivor.id(), ids, now));
        return plans.visible(survivor.id(), scope);
    }

    /** Forms new units from a source, beside it, with the chosen members and child units; returns the new units. */
    public List<OrgUnitView> split(SplitOrgUnit command, OrgScope scope, String by) {
        OrgChangePlans.SplitPlan plan = plans.split(command.sourceId(), command.parts(), scope);
        OrgDecision decision = command.decision();
        checkDecision(decision);
        for (int i = 0; i < command.parts().size(); i++) {
            if (writes.codeTaken(command.parts().get(i).code())) {
                throw DomainException.conflict(
                                "org.code.taken", command.parts().get(i).code())
                        .onField("parts[" + i + "].code");
            }
        }
        Instant now = clock.instant();
        OrgUnitView source = plan.source();
        writes.claim(source.id(), command.sourceVersion(), now);
        List<OrgUnitView> created = new ArrayList<>();
        for (OrgChangePlans.Part part : plan.parts()) {
            SplitOrgUnit.NewUnit spec = part.unit();
            long id = writes.create(new CreateOrgUnit(plan.parent().id(), spec.kind(), spec.code(), spec.name()));
            for (OrgUnitView child : part.children()) {
                String oldPath = child.path();
                String newPath = writes.move(child.id(), id, null);
                history.record(movedEntry(child, id, newPath, decision, null), now, by);
                events.publishEvent(new OrgUnitMoved(child.id(), oldPath, newPath, now));
            }
            int moved = membership.move(spec.memberIds(), source.id(), id, forMembers(decision), by);
            if (moved != spec.memberIds().size()) {
                throw DomainException.rule("org.split.member-not-in-source", source.name());
            }
            OrgUnitView unit = plans.visible(id, scope);
            history.record(mergeOrSplit(source, OrgUnitEventKind.SPLIT, decision, id, moved), now, by);
            history.record(mergeOrSplit(unit, OrgUnitEventKind.SPLIT, decision, source.id(), moved), now, by);
            created.add(unit);
        }
        List<Long> ids = created.stream().map(OrgUnitView::id).toList();
        audit.record("org-unit.split", "org-unit", source.id(), Map.of("newUnits", ids, "decision", decision.number()));
        events.publishEvent(new OrgUnitSplit(source.id(), ids, now));
        return created;
    }

    /**
     * Dissolves a unit. Refused while it has active members or active child units: the direct superior first
     * assigns them elsewhere (Điều lệ Đảng Art 10(3), Art 21).
     */
    public OrgUnitView dissolve(long unitId, long expectedVersion, OrgDecision decision, OrgScope scope, String by) {
        OrgUnitView unit = plans.active(unitId, scope, "");
        if (unit.parentId() == null) {
            throw DomainException.rule("org.unit.is-root", unit.name());
        }
        checkDecision(decision);
        long members = membership
                .countByUnit(List.of(unitId))
                .getOrDefault(unitId, OrgMembership.MemberCounts.NONE)
                .active();
        if (members > 0 || unit.childCount() > 0) {
            throw DomainException.rule("org.dissolve.not-empty", unit.name(), members, unit.childCount());
        }
        Instant now = clock.instant();
        writes.end(unitId, OrgUnitState.DISSOLVED, decision.effectiveOn(), expectedVersion, now);
        history.record(
                new OrgHistory.Entry(
                        unitId,
                        OrgUnitEventKind.DISSOLVED,
                        decision.effectiveOn(),
                        decision,
                        null,
                        null,
                        null,
                        unit.parentId(),
                        null,
                        unit.path(),
                        null,
                        null),
                now,
                by);
        audit.record("org-unit.dissolve", "org-unit", unitId, Map.of("decision", decision.number()));
        events.publishEvent(new OrgUnitDissolved(unitId, now));
        return plans.visible(unitId, scope);
    }

    /** Records a term begun by a congress (rules in the term policy). */
    public OrgTerm addTerm(
            long unitId, int congressNumber, LocalDate startsOn, int lengthMonths, OrgScope scope, String by) {
        OrgUnitView unit = plans.active(unitId, scope, "");
        OrgTerm term = terms.add(unit, congressNumber, startsOn, lengthMonths, clock.instant(), by);
        audit.record(
                "org-unit.term.add",
                "org-unit",
                unitId,
                Map.of(
                        "congressNumber",
                        congressNumber,
                        "startsOn",
                        startsOn.toString(),
                        "lengthMonths",
                        lengthMonths));
        return term;
    }

    private void checkDecision(@Nullable OrgDecision decision) {
        if (decision != null) {
            OrgDecisionPolicy.check(decision, today());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static OrgHistory.Entry movedEntry(
            OrgUnitView unit, long newParentId, String newPath, OrgDecision decision, @Nullable Integer members) {
        return new OrgHistory.Entry(
                unit.id(),
                OrgUnitEventKind.MOVED,
                decision.effectiveOn(),
                decision,
                null,
                null,
                null,
                unit.parentId(),
                newParentId,
                unit.path(),
                newPath,
                members);
    }

    private static OrgHistory.Entry mergeOrSplit(
            OrgUnitView unit, OrgUnitEventKind kind, OrgDecision decision, long related, int members) {
        return new OrgHistory.Entry(
                unit.id(),
                kind,
                decision.effectiveOn(),
                decision,
                related,
                null,
                null,
                null,
                null,
                unit.path(),
                null,
                members);
    }

    private static OrgMembership.Decision forMembers(OrgDecision decision) {
        return new OrgMembership.Decision(
                decision.effectiveOn(), decision.number(), decision.date(), decision.issuer());
    }
}

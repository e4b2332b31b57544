package vn.dangvu.duty.internal.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationAppraisal;
import vn.dangvu.duty.EvaluationCycle;
import vn.dangvu.duty.EvaluationCycleState;
import vn.dangvu.duty.EvaluationDecision;
import vn.dangvu.duty.EvaluationDisqualification;
import vn.dangvu.duty.EvaluationEntry;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.duty.EvaluationQuota;
import vn.dangvu.duty.EvaluationSelfAssessment;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.OrgScope;

/** The rows of a cycle: self-assessment, appraisal, decisions, disqualifying events; called by the write facade. */
@Component
public class EvaluationWorkflow {

    private final EvaluationStore store;
    private final EvaluationReads reads;
    private final GrassrootsUnits grassroots;
    private final OrgUnits orgUnits;
    private final MembershipAges ages;
    private final MemberDirectory directory;
    private final EvaluationProperties properties;
    private final Clock clock;

    EvaluationWorkflow(
            EvaluationStore store,
            EvaluationReads reads,
            GrassrootsUnits grassroots,
            OrgUnits orgUnits,
            MembershipAges ages,
            MemberDirectory directory,
            EvaluationProperties properties,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.grassroots = grassroots;
        this.orgUnits = orgUnits;
        this.ages = ages;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** The member's own self-assessment while the cycle takes them; a member new to the cycle gets a row. */
    public EvaluationEntry selfAssess(
            UUID cycleId, EvaluationSelfAssessment command, UUID memberId, @Nullable Long cellId) {
        EvaluationCycle cycle = reads.cycleOfMember(cycleId, memberId, cellId);
        if (cycle.state() != EvaluationCycleState.OPEN && cycle.state() != EvaluationCycleState.SELF_ASSESSMENT) {
            throw DomainException.rule("evaluation.cycle.self-closed");
        }
        int total = Objects.requireNonNull(command.tasksTotal());
        int exceeding = Objects.requireNonNull(command.tasksExceeding());
        int late = Objects.requireNonNull(command.tasksLate());
        EvaluationLevelPolicy.validate(total, exceeding, late);
        EvaluationEntry entry = store.entryOf(cycleId, memberId, cycle.year()).orElse(null);
        if (entry == null) {
            long cell = Objects.requireNonNull(cellId);
            String name = directory.card(memberId).map(c -> c.fullName()).orElse("");
            store.insertEntry(cycleId, memberId, name, cell, grassroots.of(cell));
            entry = store.entryOf(cycleId, memberId, cycle.year()).orElseThrow();
        } else if (command.version() != null && command.version() != entry.version()) {
            throw DomainException.conflict("conflict.stale");
        }
        int score = Objects.requireNonNull(command.score());
        EvaluationLevel level = Objects.requireNonNull(command.level());
        EvaluationLevelPolicy.check(
                level, new EvaluationLevelPolicy.Results(score, total, exceeding, late, entry.disqualified()));
        store.selfAssess(
                entry.id(), entry.version(), score, level, total, exceeding, late, command.comment(), clock.instant());
        return store.entryOf(cycleId, memberId, cycle.year()).orElseThrow();
    }

    /** The cell's appraisal and proposed level for one member. */
    public EvaluationEntry appraise(
            UUID cycleId, UUID entryId, EvaluationAppraisal command, OrgScope scope, String by) {
        EvaluationCycle cycle = reads.cycle(cycleId, scope);
        EvaluationEntry entry = store.entry(entryId, scope, cycle.year())
                .filter(e -> e.cycleId().equals(cycleId))
                .orElseThrow(() -> DomainException.notFound("evaluation.entry.not-found", entryId));
        if (cycle.state() != EvaluationCycleState.SELF_ASSESSMENT && cycle.state() != EvaluationCycleState.APPRAISAL) {
            throw DomainException.rule("evaluation.cycle.not-appraising");
        }
        if (Objects.requireNonNull(command.version()) != entry.version()) {
            throw DomainException.conflict("conflict.stale");
        }
        int total = Objects.requireNonNull(command.tasksTotal());
        int exceeding = Objects.requireNonNull(command.tasksExceeding());
        int late = Objects.requireNonNull(command.tasksLate());
        EvaluationLevelPolicy.validate(total, exceeding, late);
        int score = Objects.requireNonNull(command.score());
        EvaluationLevel level = Objects.requireNonNull(command.level());
        EvaluationLevelPolicy.check(
                level, new EvaluationLevelPolicy.Results(score, total, exceeding, late, entry.disqualified()));
        store.appraise(
                entryId, entry.version(), score, total, exceeding, late, level, command.remark(), by, clock.instant());
        return store.entry(entryId, scope, cycle.year()).orElseThrow();
    }

    /** The competent body's levels for one grassroots organisation, refused as a whole when over the quota. */
    public EvaluationQuota decide(UUID cycleId, EvaluationDecision command, OrgScope scope, String by) {
        EvaluationCycle cycle = reads.cycle(cycleId, scope);
        long unitId = Objects.requireNonNull(command.grassrootsUnitId());
        OrgUnitView unit = orgUnits.findWithin(unitId, scope)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        if (cycle.state() != EvaluationCycleState.APPRAISAL) {
            throw DomainException.rule("evaluation.cycle.not-deciding");
        }
        List<EvaluationEntry> entries = store.entriesOfGrassroots(cycleId, unitId, cycle.year());
        Map<UUID, EvaluationLevel> levels = new HashMap<>();
        entries.forEach(e -> {
            if (e.proposedLevel() != null) {
                levels.put(e.id(), e.proposedLevel());
            }
        });
        Map<UUID, EvaluationEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        for (EvaluationDecision.Change change :
                command.changes() == null ? List.<EvaluationDecision.Change>of() : command.changes()) {
            EvaluationEntry entry = byId.get(change.entryId());
            if (entry == null) {
                throw DomainException.notFound("evaluation.entry.not-found", change.entryId());
            }
            EvaluationLevel level = Objects.requireNonNull(change.level());
            if (entry.allowedLevel() != null && level.betterThan(entry.allowedLevel())) {
                throw EvaluationLevelPolicy.refuse(
                        entry.disqualified() ? "evaluation.level.disqualified" : "evaluation.level.above-allowed",
                        "changes",
                        level.name(),
                        entry.allowedLevel().name());
            }
            levels.put(entry.id(), level);
        }
        long unproposed = entries.size() - levels.size();
        if (entries.isEmpty() || unproposed > 0) {
            throw DomainException.rule("evaluation.decision.unproposed", unproposed, unit.name());
        }
        long excellent = levels.values().stream()
                .filter(l -> l == EvaluationLevel.EXCELLENT)
                .count();
        long good = levels.values().stream()
                .filter(l -> l == EvaluationLevel.GOOD || l == EvaluationLevel.EXCELLENT)
                .count();
        int percent = properties.excellentQuotaPercent();
        ExcellentQuotaPolicy.check("evaluation.quota.exceeded", percent, excellent, good, unit.name());
        Instant now = clock.instant();
        String rule = EvaluationLevelPolicy.RULE + "; " + ExcellentQuotaPolicy.RULE + " " + percent + "%";
        levels.forEach((id, level) -> store.decide(id, level, rule, EvaluationLevelPolicy.RULE_VERSION, by, now));
        return new EvaluationQuota(
                unitId,
                unit.name(),
                percent,
                excellent,
                good,
                ExcellentQuotaPolicy.allowed(percent, good),
                false,
                ExcellentQuotaPolicy.RULE);
    }

    /** Fails with 404 unless the unit (and the member, if any) lies in the scope. */
    public void requireInScope(EvaluationDisqualification event, OrgScope scope) {
        long unitId = Objects.requireNonNull(event.orgUnitId());
        orgUnits.findWithin(unitId, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        if (event.memberId() != null) {
            ages.requireVisible(event.memberId(), scope);
        }
    }

    /** Writes a disqualifying event. */
    public UUID recordDisqualification(EvaluationDisqualification event, String by, Instant at) {
        UUID id = UUID.randomUUID();
        store.insertDisqualification(
                event.memberId(),
                Objects.requireNonNull(event.orgUnitId()),
                Objects.requireNonNull(event.year()),
                Objects.requireNonNull(event.reason()),
                event.reference(),
                by,
                at,
                id);
        return id;
    }

    /** Deletes a disqualifying event; {@code false} when there was none. */
    public boolean withdrawDisqualification(UUID id) {
        return store.deleteDisqualification(id);
    }
}

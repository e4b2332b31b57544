package vn.dangvu.duty.internal.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationAppraisal;
import vn.dangvu.duty.EvaluationCycle;
import vn.dangvu.duty.EvaluationCycleKind;
import vn.dangvu.duty.EvaluationCycleState;
import vn.dangvu.duty.EvaluationDecision;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.duty.EvaluationQuota;
import vn.dangvu.duty.EvaluationUnitBoard;
import vn.dangvu.duty.EvaluationUnitDecision;
import vn.dangvu.duty.EvaluationUnitEntry;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/**
 * The evaluation of organisations (QĐ 366-QĐ/TW 2025 Art. 11 for collectives, REGULATIONS §5.1–§5.4): a cycle of
 * organisations rates every party organisation below the committee that opened it. Each organisation assesses itself
 * (its own staff or secretary), its direct superior's advisory body appraises it and proposes a level, and the
 * superior decides for all the organisations directly under it at once, within the excellent quota; levels are capped
 * by {@link OrganisationLevelPolicy}. Called by the write and read facades inside their transactions.
 */
@Component
public class OrganisationEvaluations {

    /** The kinds rated: party organisations, not the province or nation at the top nor party groups inside cells. */
    static final Set<OrgUnitKind> RATED = EnumSet.of(
            OrgUnitKind.COMMUNE,
            OrgUnitKind.SECTORAL,
            OrgUnitKind.GRASSROOTS_COMMITTEE,
            OrgUnitKind.GRASSROOTS_CELL,
            OrgUnitKind.PARTIAL_COMMITTEE,
            OrgUnitKind.CELL);

    private final EvaluationUnitStore store;
    private final EvaluationReads reads;
    private final OrgUnits orgUnits;
    private final EvaluationProperties properties;
    private final Clock clock;

    OrganisationEvaluations(
            EvaluationUnitStore store,
            EvaluationReads reads,
            OrgUnits orgUnits,
            EvaluationProperties properties,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.orgUnits = orgUnits;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes a row for every organisation rated below the cycle's committee, with its superior and subordinates. */
    void openRows(UUID cycleId, OrgUnitView committee) {
        List<OrgUnitView> rated = orgUnits.activeSubtree(committee).stream()
                .filter(u -> u.id() != committee.id() && RATED.contains(u.kind()) && u.parentId() != null)
                .toList();
        Map<Long, Integer> subordinates = new HashMap<>();
        rated.forEach(u -> subordinates.merge(Objects.requireNonNull(u.parentId()), 1, Integer::sum));
        for (OrgUnitView unit : rated) {
            store.insert(
                    cycleId,
                    unit.id(),
                    unit.name(),
                    unit.kind(),
                    Objects.requireNonNull(unit.parentId()),
                    subordinates.getOrDefault(unit.id(), 0));
        }
    }

    /** The board of a cycle of organisations in the scope, optionally narrowed to a unit's subtree. */
    public EvaluationUnitBoard board(UUID cycleId, @Nullable Long unitId, OrgScope scope) {
        EvaluationCycle cycle = reads.cycle(cycleId, scope);
        String path = null;
        if (unitId != null) {
            path = orgUnits.findWithin(unitId, scope)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId))
                    .path();
        }
        List<EvaluationUnitEntry> entries = store.entries(cycleId, scope, path, cycle.year());
        Map<Long, EvaluationQuota> quotas = new LinkedHashMap<>();
        for (EvaluationUnitEntry entry : entries) {
            quotas.computeIfAbsent(entry.decidingUnitId(), d -> quota(cycle, d));
        }
        return new EvaluationUnitBoard(
                cycle,
                entries,
                entries.stream().filter(e -> e.selfAssessedAt() != null).count(),
                entries.stream().filter(e -> e.proposedLevel() != null).count(),
                entries.stream().filter(e -> e.decidedLevel() != null).count(),
                new ArrayList<>(quotas.values()));
    }

    private EvaluationQuota quota(EvaluationCycle cycle, long decidingUnitId) {
        List<EvaluationLevel> levels = new ArrayList<>();
        for (EvaluationUnitEntry e : store.entriesDecidedBy(cycle.id(), decidingUnitId, cycle.year())) {
            EvaluationLevel level = e.decidedLevel() != null ? e.decidedLevel() : e.proposedLevel();
            if (level != null) {
                levels.add(level);
            }
        }
        return ExcellentQuotaPolicy.quota(
                decidingUnitId,
                orgUnits.find(decidingUnitId).map(OrgUnitRef::name).orElse(""),
                properties.organisationExcellentQuotaPercent(),
                levels);
    }

    /** The organisation's own assessment, entered by those whose scope holds it, while the cycle takes it. */
    public EvaluationUnitEntry selfAssess(
            UUID cycleId, UUID entryId, EvaluationAppraisal command, OrgScope scope, String by) {
        EvaluationCycle cycle = reads.cycle(cycleId, scope);
        EvaluationUnitEntry entry = entry(cycle, entryId, scope);
        if (cycle.state() != EvaluationCycleState.OPEN && cycle.state() != EvaluationCycleState.SELF_ASSESSMENT) {
            throw DomainException.rule("evaluation.cycle.self-closed");
        }
        EvaluationUnitStore.Assessment assessment = checked(command, entry);
        store.selfAssess(entryId, entry.version(), assessment, by, clock.instant());
        return store.entry(entryId, scope, cycle.year()).orElseThrow();
    }

    /** The superior's appraisal and proposed level: only those whose scope holds the deciding unit. */
    public EvaluationUnitEntry appraise(
            UUID cycleId, UUID entryId, EvaluationAppraisal command, OrgScope scope, String by) {
        EvaluationCycle cycle = reads.cycle(cycleId, scope);
        EvaluationUnitEntry entry = entry(cycle, entryId, scope);
        if (orgUnits.findWithin(entry.decidingUnitId(), scope).isEmpty()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "evaluation.organisation.appraise-own");
        }
        if (cycle.state() != EvaluationCycleState.SELF_ASSESSMENT && cycle.state() != EvaluationCycleState.APPRAISAL) {
            throw DomainException.rule("evaluation.cycle.not-appraising");
        }
        EvaluationUnitStore.Assessment assessment = checked(command, entry);
        store.appraise(entryId, entry.version(), assessment, by, clock.instant());
        return store.entry(entryId, scope, cycle.year()).orElseThrow();
    }

    private EvaluationUnitEntry entry(EvaluationCycle cycle, UUID entryId, OrgScope scope) {
        return store.entry(entryId, scope, cycle.year())
                .filter(e -> e.cycleId().equals(cycle.id()))
                .orElseThrow(() -> DomainException.notFound("evaluation.entry.not-found", entryId));
    }

    private static EvaluationUnitStore.Assessment checked(EvaluationAppraisal command, EvaluationUnitEntry entry) {
        if (Objects.requireNonNull(command.version()) != entry.version()) {
            throw DomainException.conflict("conflict.stale");
        }
        int total = Objects.requireNonNull(command.tasksTotal());
        int exceeding = Objects.requireNonNull(command.tasksExceeding());
        int late = Objects.requireNonNull(command.tasksLate());
        EvaluationLevelPolicy.validate(total, exceeding, late);
        int score = Objects.requireNonNull(command.score());
        EvaluationLevel level = Objects.requireNonNull(command.level());
        OrganisationLevelPolicy.check(level, results(entry, score, total, exceeding, late));
        return new EvaluationUnitStore.Assessment(score, level, total, exceeding, late, command.remark());
    }

    private static OrganisationLevelPolicy.Results results(
            EvaluationUnitEntry entry, int score, int total, int exceeding, int late) {
        return new OrganisationLevelPolicy.Results(
                new EvaluationLevelPolicy.Results(score, total, exceeding, late, false),
                entry.subordinateUnits(),
                entry.disciplinedUnits(),
                entry.collectiveDisciplined());
    }

    /**
     * The superior's levels for the organisations directly under it, refused as a whole when one is proposed by
     * nobody, above what its results allow, or when the excellent quota is exceeded.
     */
    public EvaluationQuota decide(UUID cycleId, EvaluationUnitDecision command, OrgScope scope, String by) {
        EvaluationCycle cycle = reads.cycle(cycleId, scope);
        if (cycle.kind() != EvaluationCycleKind.ORGANISATION) {
            throw DomainException.rule("evaluation.cycle.not-organisations");
        }
        long decidingId = Objects.requireNonNull(command.decidingUnitId());
        OrgUnitView deciding = orgUnits.findWithin(decidingId, scope)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", decidingId));
        if (cycle.state() != EvaluationCycleState.APPRAISAL) {
            throw DomainException.rule("evaluation.cycle.not-deciding");
        }
        List<EvaluationUnitEntry> entries = store.entriesDecidedBy(cycleId, decidingId, cycle.year());
        Map<UUID, EvaluationUnitEntry> byId = new HashMap<>();
        Map<UUID, EvaluationLevel> levels = new HashMap<>();
        entries.forEach(e -> {
            byId.put(e.id(), e);
            if (e.proposedLevel() != null) {
                levels.put(e.id(), e.proposedLevel());
            }
        });
        for (EvaluationDecision.Change change :
                command.changes() == null ? List.<EvaluationDecision.Change>of() : command.changes()) {
            EvaluationUnitEntry entry = byId.get(change.entryId());
            if (entry == null) {
                throw DomainException.notFound("evaluation.entry.not-found", change.entryId());
            }
            EvaluationLevel level = Objects.requireNonNull(change.level());
            if (entry.allowedLevel() != null && level.betterThan(entry.allowedLevel())) {
                throw OrganisationLevelPolicy.refuse(
                        "evaluation.level.above-allowed",
                        "changes",
                        level.name(),
                        entry.allowedLevel().name());
            }
            levels.put(entry.id(), level);
        }
        long unproposed = entries.size() - levels.size();
        if (entries.isEmpty() || unproposed > 0) {
            throw DomainException.rule("evaluation.decision.unproposed-units", unproposed, deciding.name());
        }
        int percent = properties.organisationExcellentQuotaPercent();
        EvaluationQuota quota = ExcellentQuotaPolicy.quota(decidingId, deciding.name(), percent, levels.values());
        ExcellentQuotaPolicy.check(
                "evaluation.quota.exceeded-units", percent, quota.excellent(), quota.good(), deciding.name());
        Instant now = clock.instant();
        String rule = OrganisationLevelPolicy.RULE + "; " + ExcellentQuotaPolicy.RULE + " " + percent + "%";
        levels.forEach((id, level) -> store.decide(id, level, rule, EvaluationLevelPolicy.RULE_VERSION, by, now));
        return quota;
    }

    /** Organisations of a cycle without a decided level. */
    long undecided(UUID cycleId) {
        return store.undecided(cycleId);
    }
}

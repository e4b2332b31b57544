package vn.dangvu.duty.internal.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationBoard;
import vn.dangvu.duty.EvaluationCycle;
import vn.dangvu.duty.EvaluationCycleState;
import vn.dangvu.duty.EvaluationEntry;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.duty.EvaluationOwn;
import vn.dangvu.duty.EvaluationQuota;
import vn.dangvu.duty.EvaluationStanding;
import vn.dangvu.duty.EvaluationStatistics;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;

/** The read side: cycles, boards with their quota counters, a member's own history, statistics and standing. */
@Component
public class EvaluationReads {

    private final EvaluationStore store;
    private final EvaluationUnitStore unitStore;
    private final EvaluationCycleStore cycleStore;
    private final EvaluationResultQueries results;
    private final OrgUnits orgUnits;
    private final EvaluationProperties properties;

    EvaluationReads(
            EvaluationStore store,
            EvaluationUnitStore unitStore,
            EvaluationCycleStore cycleStore,
            EvaluationResultQueries results,
            OrgUnits orgUnits,
            EvaluationProperties properties) {
        this.store = store;
        this.unitStore = unitStore;
        this.cycleStore = cycleStore;
        this.results = results;
        this.orgUnits = orgUnits;
        this.properties = properties;
    }

    public List<EvaluationCycle> cycles(OrgScope scope) {
        return cycleStore.cycles(scope, List.of());
    }

    /** A cycle the scope sees, or {@code evaluation.cycle.not-found}. */
    public EvaluationCycle cycle(UUID id, OrgScope scope) {
        return cycleStore
                .cycle(id, scope, List.of())
                .orElseThrow(() -> DomainException.notFound("evaluation.cycle.not-found", id));
    }

    /** A cycle opened for the member's cell or a unit above it. */
    EvaluationCycle cycleOfMember(UUID id, UUID memberId, @Nullable Long cellId) {
        return cycleStore
                .cycle(id, new OrgScope(List.of(), memberId), ownUnits(cellId))
                .orElseThrow(() -> DomainException.notFound("evaluation.cycle.not-found", id));
    }

    private List<Long> ownUnits(@Nullable Long cellId) {
        if (cellId == null) {
            return List.of();
        }
        String path = orgUnits.pathsOf(List.of(cellId)).get(cellId);
        return path == null ? List.of(cellId) : EvaluationCycleStore.ancestorIds(path);
    }

    /** The board of a cycle in the scope, optionally narrowed to a unit's subtree. */
    public EvaluationBoard board(UUID cycleId, @Nullable Long unitId, OrgScope scope) {
        EvaluationCycle cycle = cycle(cycleId, scope);
        String path = null;
        if (unitId != null) {
            path = orgUnits.findWithin(unitId, scope)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId))
                    .path();
        }
        List<EvaluationEntry> entries = store.entries(cycleId, scope, path, cycle.year());
        Map<Long, EvaluationQuota> quotas = new LinkedHashMap<>();
        for (EvaluationEntry entry : entries) {
            quotas.computeIfAbsent(entry.grassrootsUnitId(), g -> quota(cycle, g));
        }
        return new EvaluationBoard(
                cycle,
                entries,
                entries.stream().filter(e -> e.selfAssessedAt() != null).count(),
                entries.stream().filter(e -> e.proposedLevel() != null).count(),
                entries.stream().filter(e -> e.decidedLevel() != null).count(),
                new ArrayList<>(quotas.values()));
    }

    /** The quota counters of a grassroots organisation: decided levels where decided, else proposed ones. */
    EvaluationQuota quota(EvaluationCycle cycle, long grassrootsId) {
        List<EvaluationLevel> levels = new ArrayList<>();
        for (EvaluationEntry e : store.entriesOfGrassroots(cycle.id(), grassrootsId, cycle.year())) {
            EvaluationLevel level = e.decidedLevel() != null ? e.decidedLevel() : e.proposedLevel();
            if (level != null) {
                levels.add(level);
            }
        }
        return ExcellentQuotaPolicy.quota(
                grassrootsId,
                orgUnits.find(grassrootsId).map(OrgUnitRef::name).orElse(""),
                properties.excellentQuotaPercent(),
                levels);
    }

    /**
     * The member's history: every cycle covering their cell, with their row; levels decided by the committee show
     * only once the cycle is published.
     */
    public List<EvaluationOwn> mine(UUID memberId, @Nullable Long cellId) {
        Map<UUID, EvaluationEntry> own = new HashMap<>();
        store.entriesOfMember(memberId).forEach(e -> own.put(e.cycleId(), e));
        List<EvaluationCycle> cycles =
                new ArrayList<>(cycleStore.cycles(new OrgScope(List.of(), memberId), ownUnits(cellId)));
        for (UUID cycleId : own.keySet()) {
            if (cycles.stream().noneMatch(c -> c.id().equals(cycleId))) {
                cycleStore.cycleById(cycleId).ifPresent(cycles::add);
            }
        }
        return cycles.stream()
                .map(c -> new EvaluationOwn(c, hideUndecided(c, own.get(c.id()))))
                .toList();
    }

    private static @Nullable EvaluationEntry hideUndecided(EvaluationCycle cycle, @Nullable EvaluationEntry e) {
        if (e == null || cycle.state() == EvaluationCycleState.PUBLISHED) {
            return e;
        }
        return new EvaluationEntry(
                e.id(),
                e.cycleId(),
                e.memberId(),
                e.memberName(),
                e.orgUnitId(),
                e.grassrootsUnitId(),
                e.selfScore(),
                e.selfLevel(),
                e.selfComment(),
                e.selfAssessedAt(),
                e.tasksTotal(),
                e.tasksExceeding(),
                e.tasksLate(),
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                e.version());
    }

    public EvaluationStatistics statistics(long unitId, int year, OrgScope scope) {
        OrgUnitView unit = orgUnits.findWithin(unitId, scope)
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId));
        Map<EvaluationLevel, Long> counts = results.statistics(unit.path(), scope, year);
        Map<EvaluationLevel, Long> organisations = unitStore.statistics(unit.path(), scope, year);
        return new EvaluationStatistics(
                unitId,
                year,
                counts,
                counts.values().stream().mapToLong(Long::longValue).sum(),
                organisations,
                organisations.values().stream().mapToLong(Long::longValue).sum());
    }

    /** Members of the scope (or of a unit's subtree in it) rated "not completed" two years running. */
    public List<EvaluationStanding> standing(@Nullable Long unitId, OrgScope scope) {
        String path = null;
        if (unitId != null) {
            path = orgUnits.findWithin(unitId, scope)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", unitId))
                    .path();
        }
        Map<UUID, Map<Integer, EvaluationLevel>> years = new LinkedHashMap<>();
        Map<UUID, EvaluationResultQueries.NotCompleted> latest = new HashMap<>();
        for (EvaluationResultQueries.NotCompleted row : results.notCompleted(scope, path)) {
            years.computeIfAbsent(row.memberId(), k -> new HashMap<>()).put(row.year(), EvaluationLevel.NOT_COMPLETED);
            latest.put(row.memberId(), row);
        }
        List<EvaluationStanding> result = new ArrayList<>();
        years.forEach((member, yearly) -> StandingPolicy.failedTwoYearsRunning(yearly)
                .ifPresent(second -> result.add(new EvaluationStanding(
                        member,
                        latest.get(member).memberName(),
                        latest.get(member).orgUnitId(),
                        second - 1,
                        second,
                        RemovalGround.FAILED_STANDING_TWO_YEARS,
                        StandingPolicy.RULE))));
        return result;
    }
}

package vn.dangvu.programme.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.programme.CascadeRow;
import vn.dangvu.programme.Contribution;
import vn.dangvu.programme.IndicatorStatus;
import vn.dangvu.programme.IndicatorView;
import vn.dangvu.programme.ProgrammeSummary;
import vn.dangvu.programme.TaskView;
import vn.dangvu.programme.internal.ProgrammeStore.IndicatorReading;
import vn.dangvu.programme.internal.ProgrammeStore.IndicatorRow;
import vn.dangvu.programme.internal.ProgrammeStore.ProgrammeRow;
import vn.dangvu.programme.internal.ProgrammeStore.TaskReading;
import vn.dangvu.programme.internal.ProgrammeStore.TaskRow;
import vn.dangvu.shared.OrgScope;

/**
 * Builds the indicator and task boards of programmes as of a day: each indicator with its latest value and the status
 * of {@link IndicatorStatusPolicy}, each task with its latest progress and the status of {@link TaskStatusPolicy},
 * and the contributions of the adopting organisations to a parent programme.
 */
@Component
public class ProgrammeBoards {

    private final ProgrammeStore store;
    private final OrgUnits orgUnits;
    private final IndicatorStatusPolicy indicatorPolicy;
    private final TaskStatusPolicy taskPolicy;

    ProgrammeBoards(
            ProgrammeStore store,
            OrgUnits orgUnits,
            IndicatorStatusPolicy indicatorPolicy,
            TaskStatusPolicy taskPolicy) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.indicatorPolicy = indicatorPolicy;
        this.taskPolicy = taskPolicy;
    }

    /** The boards of some programmes. */
    public record Boards(Map<UUID, List<IndicatorView>> indicators, Map<UUID, List<TaskView>> tasks) {
        public List<IndicatorView> indicatorsOf(UUID programmeId) {
            return indicators.getOrDefault(programmeId, List.of());
        }

        public List<TaskView> tasksOf(UUID programmeId) {
            return tasks.getOrDefault(programmeId, List.of());
        }
    }

    /**
     * The boards of the programmes as of {@code day}; {@code writeScope} decides which rows the caller may report on
     * (a display flag: the report itself checks the scope in SQL).
     */
    public Boards boards(List<ProgrammeRow> programmes, LocalDate day, OrgScope writeScope) {
        Map<UUID, ProgrammeRow> byId = new LinkedHashMap<>();
        programmes.forEach(p -> byId.put(p.id(), p));
        List<IndicatorRow> indicators = store.indicators(byId.keySet());
        List<TaskRow> tasks = store.tasks(byId.keySet());
        Set<Long> units = new HashSet<>();
        programmes.forEach(p -> units.add(p.issuingUnitId()));
        indicators.forEach(i -> units.add(i.responsibleUnitId()));
        tasks.forEach(t -> units.add(t.ownerUnitId()));
        Map<Long, String> names = orgUnits.namesOf(units);
        Map<Long, String> paths = orgUnits.pathsOf(new ArrayList<>(units));
        Map<UUID, IndicatorReading> readings = store.latestIndicatorReadings(
                indicators.stream().map(IndicatorRow::id).toList(), day);
        Map<UUID, TaskReading> progress =
                store.latestTaskReadings(tasks.stream().map(TaskRow::id).toList(), day);
        Set<UUID> indicatorsInUse = store.inUse(
                "programme_indicator", indicators.stream().map(IndicatorRow::id).toList());
        Set<UUID> tasksInUse =
                store.inUse("programme_task", tasks.stream().map(TaskRow::id).toList());

        Map<UUID, List<IndicatorView>> indicatorViews = new LinkedHashMap<>();
        for (IndicatorRow i : indicators) {
            ProgrammeRow p = byId.get(i.programmeId());
            IndicatorReading r = readings.get(i.id());
            IndicatorStatusPolicy.Assessment a = indicatorPolicy.assess(
                    new IndicatorStatusPolicy.Definition(
                            i.direction(), i.baseline(), i.target(), i.targetDate(), p.periodFrom(), p.periodTo()),
                    r == null ? null : new IndicatorStatusPolicy.Reading(r.value(), r.achievedOn()),
                    day);
            boolean canReport =
                    covers(writeScope, paths, i.responsibleUnitId()) || covers(writeScope, paths, p.issuingUnitId());
            indicatorViews
                    .computeIfAbsent(i.programmeId(), k -> new ArrayList<>())
                    .add(new IndicatorView(
                            i.id(),
                            i.seq(),
                            i.name(),
                            i.unit(),
                            i.baseline(),
                            i.target(),
                            i.targetDate(),
                            i.direction(),
                            i.reporting(),
                            i.responsibleUnitId(),
                            names.getOrDefault(i.responsibleUnitId(), ""),
                            i.parentIndicatorId(),
                            r == null ? null : r.value(),
                            r == null ? null : r.period(),
                            r == null ? null : r.asOf(),
                            r == null ? null : r.achievedOn(),
                            a.status(),
                            a.progress(),
                            a.expected(),
                            a.rule(),
                            canReport,
                            !indicatorsInUse.contains(i.id()),
                            i.version()));
        }
        Map<UUID, List<TaskView>> taskViews = new LinkedHashMap<>();
        for (TaskRow t : tasks) {
            ProgrammeRow p = byId.get(t.programmeId());
            TaskReading r = progress.get(t.id());
            int percent = r == null ? 0 : r.progress();
            TaskStatusPolicy.Assessment a = taskPolicy.assess(percent, t.deadline(), day);
            boolean canReport =
                    covers(writeScope, paths, t.ownerUnitId()) || covers(writeScope, paths, p.issuingUnitId());
            taskViews
                    .computeIfAbsent(t.programmeId(), k -> new ArrayList<>())
                    .add(new TaskView(
                            t.id(),
                            t.seq(),
                            t.title(),
                            t.ownerUnitId(),
                            names.getOrDefault(t.ownerUnitId(), ""),
                            t.ownerMemberId(),
                            t.ownerPerson(),
                            t.deadline(),
                            percent,
                            r == null ? null : r.asOf(),
                            a.status(),
                            a.overdue(),
                            a.dueSoon(),
                            a.rule(),
                            t.parentTaskId(),
                            canReport,
                            t.origin(),
                            t.remindedOn(),
                            !tasksInUse.contains(t.id()),
                            t.version()));
        }
        return new Boards(indicatorViews, taskViews);
    }

    /** Summaries of programmes with their issuing units' names and counts. */
    public List<ProgrammeSummary> summaries(List<ProgrammeRow> rows) {
        Map<Long, String> names =
                orgUnits.namesOf(rows.stream().map(ProgrammeRow::issuingUnitId).toList());
        Map<UUID, int[]> counts =
                store.counts(rows.stream().map(ProgrammeRow::id).toList());
        return rows.stream()
                .map(p -> new ProgrammeSummary(
                        p.id(),
                        p.code(),
                        p.title(),
                        p.issuingUnitId(),
                        names.getOrDefault(p.issuingUnitId(), ""),
                        p.parentProgrammeId(),
                        p.periodFrom(),
                        p.periodTo(),
                        counts.getOrDefault(p.id(), new int[2])[0],
                        counts.getOrDefault(p.id(), new int[2])[1]))
                .toList();
    }

    /**
     * Each parent indicator and task with what the adopting programmes (visible to the caller) contribute, and the
     * adopting organisations that have reported nothing by the day.
     */
    public List<CascadeRow> cascade(
            Boards parentBoards, UUID parentId, List<ProgrammeRow> children, LocalDate day, OrgScope writeScope) {
        Boards childBoards = boards(children, day, writeScope);
        Map<Long, String> names = orgUnits.namesOf(
                children.stream().map(ProgrammeRow::issuingUnitId).toList());
        List<CascadeRow> rows = new ArrayList<>();
        for (IndicatorView parent : parentBoards.indicatorsOf(parentId)) {
            List<Contribution> contributions = new ArrayList<>();
            List<String> silent = new ArrayList<>();
            BigDecimal total = null;
            for (ProgrammeRow child : children) {
                for (IndicatorView c : childBoards.indicatorsOf(child.id())) {
                    if (!parent.id().equals(c.parentIndicatorId())) {
                        continue;
                    }
                    boolean reported = c.status() != IndicatorStatus.NOT_REPORTED;
                    String unitName = names.getOrDefault(child.issuingUnitId(), "");
                    contributions.add(new Contribution(
                            child.id(),
                            child.code(),
                            child.issuingUnitId(),
                            unitName,
                            c.id(),
                            c.target(),
                            c.value(),
                            c.progress(),
                            c.valueAsOf(),
                            c.status().name(),
                            reported));
                    if (!reported) {
                        silent.add(unitName);
                    } else if (c.value() != null) {
                        total = total == null ? c.value() : total.add(c.value());
                    }
                }
            }
            rows.add(new CascadeRow(
                    parent.id(), parent.seq(), parent.name(), "INDICATOR", total, contributions, silent));
        }
        for (TaskView parent : parentBoards.tasksOf(parentId)) {
            List<Contribution> contributions = new ArrayList<>();
            List<String> silent = new ArrayList<>();
            for (ProgrammeRow child : children) {
                for (TaskView c : childBoards.tasksOf(child.id())) {
                    if (!parent.id().equals(c.parentTaskId())) {
                        continue;
                    }
                    boolean reported = c.progressAsOf() != null;
                    String unitName = names.getOrDefault(child.issuingUnitId(), "");
                    contributions.add(new Contribution(
                            child.id(),
                            child.code(),
                            child.issuingUnitId(),
                            unitName,
                            c.id(),
                            null,
                            null,
                            c.progress(),
                            c.progressAsOf(),
                            c.status().name(),
                            reported));
                    if (!reported) {
                        silent.add(unitName);
                    }
                }
            }
            rows.add(new CascadeRow(parent.id(), parent.seq(), parent.title(), "TASK", null, contributions, silent));
        }
        return rows;
    }

    private static boolean covers(OrgScope scope, Map<Long, String> paths, long unitId) {
        String path = paths.get(unitId);
        return path != null && scope.covers(path);
    }

    static <T> List<T> flatten(Collection<List<T>> lists) {
        List<T> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all;
    }
}

package vn.dangvu.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.programme.internal.ProgrammeBoards;
import vn.dangvu.programme.internal.ProgrammeStore;
import vn.dangvu.programme.internal.ProgrammeStore.ProgrammeRow;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/**
 * Read API of the programme module: lists, a programme with its boards as of a day, report histories, the cascade to
 * adopting organisations and the mid-term or final review. A programme outside what the caller may read is 404.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProgrammeStore store;
    private final ProgrammeBoards boards;
    private final OrgUnits orgUnits;
    private final Clock clock;

    Programmes(ProgrammeStore store, ProgrammeBoards boards, OrgUnits orgUnits, Clock clock) {
        this.store = store;
        this.boards = boards;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /** Programmes the caller may read, or those issued in the subtree of one unit of their scope. */
    public PageResult<ProgrammeSummary> list(Actor actor, @Nullable Long orgUnitId, Paging paging) {
        OrgScope scope = ProgrammeManagement.readScope(actor);
        String path = null;
        if (orgUnitId != null) {
            OrgUnitView unit = orgUnits.findWithin(orgUnitId, scope)
                    .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId));
            path = unit.path();
        }
        List<ProgrammeRow> rows = store.list(scope, path, (int) paging.offset(), paging.sizeOrDefault());
        return new PageResult<>(
                boards.summaries(rows), paging.pageOrDefault(), paging.sizeOrDefault(), store.count(scope, path));
    }

    /** Programmes issued by a unit the caller writes for (where they may add a task), newest period first. */
    public List<ProgrammeSummary> writable(Actor actor) {
        return boards.summaries(store.issuedWithin(ProgrammeManagement.writeScope(actor), 200));
    }

    /**
     * Programme tasks as another module shows them where they came from, with their status today; tasks removed since
     * are left out. The caller has checked that the user may see the record the tasks came from.
     */
    public Map<UUID, TaskLink> taskLinks(java.util.Collection<UUID> taskIds) {
        Map<UUID, TaskLink> links = new LinkedHashMap<>();
        List<ProgrammeStore.TaskRow> tasks = store.tasksByIds(taskIds);
        if (tasks.isEmpty()) {
            return links;
        }
        List<ProgrammeRow> rows = store.byIds(tasks.stream()
                .map(ProgrammeStore.TaskRow::programmeId)
                .distinct()
                .toList());
        ProgrammeBoards.Boards b = boards.boards(rows, LocalDate.now(clock), new OrgScope(List.of(), null));
        for (ProgrammeRow p : rows) {
            for (TaskView t : b.tasksOf(p.id())) {
                if (taskIds.contains(t.id())) {
                    links.put(
                            t.id(),
                            new TaskLink(
                                    p.id(),
                                    p.code(),
                                    t.id(),
                                    t.seq(),
                                    t.title(),
                                    t.deadline(),
                                    t.progress(),
                                    t.status()));
                }
            }
        }
        return links;
    }

    /** A programme with its indicator and task boards as of {@code asOf} (default today). */
    public ProgrammeView view(UUID id, @Nullable LocalDate asOf, Actor actor) {
        ProgrammeRow p = store.require(id, ProgrammeManagement.readScope(actor));
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        OrgScope writeScope = ProgrammeManagement.writeScope(actor);
        ProgrammeBoards.Boards b = boards.boards(List.of(p), day, writeScope);
        String parentCode = null;
        if (p.parentProgrammeId() != null) {
            parentCode = store.require(p.parentProgrammeId(), ProgrammeManagement.readScope(actor))
                    .code();
        }
        return new ProgrammeView(
                p.id(),
                p.code(),
                p.title(),
                p.issuingUnitId(),
                orgUnits.namesOf(List.of(p.issuingUnitId())).getOrDefault(p.issuingUnitId(), ""),
                p.parentProgrammeId(),
                parentCode,
                p.periodFrom(),
                p.periodTo(),
                p.goals(),
                day,
                store.covers(p.issuingUnitId(), writeScope),
                store.committee(p.id()),
                store.documents(p.id()),
                b.indicatorsOf(p.id()),
                b.tasksOf(p.id()),
                boards.summaries(store.children(p.id(), ProgrammeManagement.readScope(actor))),
                p.version());
    }

    /** Every value reported for an indicator, oldest first. */
    public List<ProgressReport> indicatorHistory(UUID id, UUID indicatorId, Actor actor) {
        ProgrammeRow p = store.require(id, ProgrammeManagement.readScope(actor));
        store.indicator(p.id(), indicatorId);
        return store.indicatorHistory(indicatorId, orgUnits.namesOf(store.indicatorReportingUnits(indicatorId)));
    }

    /** Every progress report of a task, oldest first. */
    public List<ProgressReport> taskHistory(UUID id, UUID taskId, Actor actor) {
        ProgrammeRow p = store.require(id, ProgrammeManagement.readScope(actor));
        store.task(p.id(), taskId);
        return store.taskHistory(taskId);
    }

    /** Each indicator and task with the contributions of the adopting organisations, as of {@code asOf}. */
    public List<CascadeRow> cascade(UUID id, @Nullable LocalDate asOf, Actor actor) {
        OrgScope readScope = ProgrammeManagement.readScope(actor);
        ProgrammeRow p = store.require(id, readScope);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        OrgScope writeScope = ProgrammeManagement.writeScope(actor);
        return boards.cascade(
                boards.boards(List.of(p), day, writeScope), p.id(), store.children(p.id(), readScope), day, writeScope);
    }

    /**
     * The review of a programme as of {@code asOf} (default today): the counts in the committee's wording ("Đến nay đã
     * có 7/14 chỉ tiêu cơ bản đạt … 14/18 nhiệm vụ đã hoàn thành, 4 nhiệm vụ đang thực hiện đúng tiến độ"), the
     * indicator and task tables behind them and the adopting organisations' contributions.
     */
    public ProgrammeReview review(UUID id, ReviewKind kind, @Nullable LocalDate asOf, Actor actor) {
        ProgrammeView view = view(id, asOf, actor);
        List<CascadeRow> cascade = cascade(id, view.asOf(), actor);
        Map<IndicatorStatus, Integer> ic = new EnumMap<>(IndicatorStatus.class);
        for (IndicatorStatus s : IndicatorStatus.values()) {
            ic.put(s, 0);
        }
        view.indicators().forEach(i -> ic.merge(i.status(), 1, Integer::sum));
        Map<TaskStatus, Integer> tc = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            tc.put(s, 0);
        }
        view.tasks().forEach(t -> tc.merge(t.status(), 1, Integer::sum));
        List<String> summary = new ArrayList<>();
        summary.add((kind == ReviewKind.MID_TERM ? "Sơ kết giữa nhiệm kỳ" : "Tổng kết") + " thực hiện Chương trình số "
                + view.code() + " của " + view.issuingUnitName() + " về \"" + view.title() + "\", giai đoạn "
                + view.periodFrom().getYear() + "-" + view.periodTo().getYear() + " (số liệu đến ngày "
                + view.asOf().format(DAY) + ").");
        summary.add(indicatorSentence(ic, view.indicators().size()));
        summary.add(taskSentence(tc, view.tasks().size()));
        long adopted = view.children().size();
        if (adopted > 0) {
            long silent = cascade.stream()
                    .flatMap(r -> r.notReported().stream())
                    .distinct()
                    .count();
            summary.add(adopted + " đơn vị đã cụ thể hóa chương trình bằng chương trình của cấp mình"
                    + (silent > 0
                            ? "; " + silent + " đơn vị chưa báo cáo đầy đủ kết quả."
                            : "; các đơn vị đã báo cáo đầy đủ."));
        }
        Map<String, Integer> indicatorCounts = new LinkedHashMap<>();
        ic.forEach((s, n) -> indicatorCounts.put(s.name(), n));
        Map<String, Integer> taskCounts = new LinkedHashMap<>();
        tc.forEach((s, n) -> taskCounts.put(s.name(), n));
        return new ProgrammeReview(
                view.id(),
                view.code(),
                view.title(),
                view.issuingUnitName(),
                view.issuingUnitId(),
                kind,
                view.asOf(),
                summary,
                indicatorCounts,
                taskCounts,
                view.indicators(),
                view.tasks(),
                cascade);
    }

    static String indicatorSentence(Map<IndicatorStatus, Integer> c, int total) {
        StringBuilder s = new StringBuilder("Đến nay đã có ")
                .append(c.get(IndicatorStatus.MET))
                .append('/')
                .append(total)
                .append(" chỉ tiêu cơ bản đạt");
        clause(s, c.get(IndicatorStatus.ON_TRACK), " chỉ tiêu đang thực hiện đúng tiến độ");
        clause(s, c.get(IndicatorStatus.AT_RISK), " chỉ tiêu có nguy cơ không đạt");
        clause(s, c.get(IndicatorStatus.NOT_MET), " chỉ tiêu không đạt");
        clause(s, c.get(IndicatorStatus.NOT_REPORTED), " chỉ tiêu chưa có số liệu");
        return s.append('.').toString();
    }

    static String taskSentence(Map<TaskStatus, Integer> c, int total) {
        StringBuilder s = new StringBuilder()
                .append(c.get(TaskStatus.DONE))
                .append('/')
                .append(total)
                .append(" nhiệm vụ đã hoàn thành");
        clause(s, c.get(TaskStatus.ON_SCHEDULE), " nhiệm vụ đang thực hiện đúng tiến độ");
        clause(s, c.get(TaskStatus.LATE), " nhiệm vụ chậm tiến độ");
        clause(s, c.get(TaskStatus.NOT_STARTED), " nhiệm vụ chưa triển khai");
        return s.append('.').toString();
    }

    private static void clause(StringBuilder s, int count, String words) {
        if (count > 0) {
            s.append(", ").append(count).append(words);
        }
    }
}

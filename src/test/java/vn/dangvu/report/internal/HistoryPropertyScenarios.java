package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleOverview;
import vn.dangvu.member.MemberLifecycle;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RegisterMember;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.org.CreateOrgUnit;
import vn.dangvu.org.MergeOrgUnits;
import vn.dangvu.org.OrgChangePreview;
import vn.dangvu.org.OrgDecision;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitManagement;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.org.SplitOrgUnit;
import vn.dangvu.report.AsOfStatistics;
import vn.dangvu.report.Movements;
import vn.dangvu.report.StatDimension;
import vn.dangvu.report.SubtreeStatistics;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;
import vn.dangvu.support.PlatformTestBase;

/**
 * Exactness (issue 4, point 5): random lifecycle steps (with corrections, annulments and back-dated steps) and
 * organisation changes (moves, merges, splits) on a small tree, dates moving forward; then, for past dates, the
 * statistics from the counted periods equal a recount that replays the event rows in this test, the movements balance
 * for the subtree and every child and agree with the replay's arrivals and departures, and a full set-based rebuild
 * gives the very periods the step-by-step upkeep kept. Fixed seed: a failure reproduces.
 */
abstract class HistoryPropertyScenarios extends PlatformTestBase {

    private static final long SEED = 20_260_301L;
    private static final int STEPS = 600;
    private static final Set COUNTED = new Set();
    private static final java.util.Set<LifecycleEventKind> ENDINGS = java.util.EnumSet.of(
            LifecycleEventKind.DIED,
            LifecycleEventKind.EXPELLED,
            LifecycleEventKind.LEFT,
            LifecycleEventKind.REMOVED,
            LifecycleEventKind.CANDIDACY_WITHDRAWN);

    @Autowired
    MemberLifecycle lifecycle;

    @Autowired
    OrgUnitManagement orgs;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    AsOfStatistics asOf;

    @Autowired
    MovementReport movements;

    @Autowired
    StatPeriods periods;

    @Autowired
    HistoryStatistics history;

    @Autowired
    DatedTotals totals;

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<UUID> members = new ArrayList<>();
    private final List<Long> cells = new ArrayList<>();
    private final List<Long> committees = new ArrayList<>();
    private Actor actor;
    private OrgScope scope;
    private LocalDate day = LocalDate.of(2019, 1, 10);
    private int codes;

    /** Counted statuses, spelled out here rather than taken from the code under test. */
    private static final class Set {
        boolean contains(String status) {
            return status.equals("PROBATIONARY")
                    || status.equals("OFFICIAL")
                    || status.equals("EXEMPTED")
                    || status.equals("IN_TRANSIT");
        }
    }

    @Test
    void statisticsAndMovementsEqualARecountOfTheHistory() {
        OrgUnitRef root = buildTree();
        for (int i = 0; i < STEPS; i++) {
            day = day.plusDays(random.nextInt(0, 9));
            int dice = random.nextInt(100);
            try {
                if (dice < 6) {
                    orgChange();
                } else if (dice < 14) {
                    register();
                } else if (dice < 20) {
                    annulLatest();
                } else if (dice < 24) {
                    correctLatest();
                } else {
                    step(dice < 28);
                }
            } catch (DomainException | org.springframework.dao.OptimisticLockingFailureException refused) {
                // A step the rules refuse changes nothing: the random walk goes on.
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_event WHERE member_id IN (:m)")
                        .param("m", members)
                        .query(Long.class)
                        .single())
                .as("the walk recorded a real history")
                .isGreaterThan(STEPS / 2);

        Map<String, Long> kinds = new HashMap<>();
        jdbc.sql("SELECT kind, COUNT(*) FROM member_event WHERE member_id IN (:m) GROUP BY kind")
                .param("m", members)
                .query((rs, n) -> kinds.put(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(kinds)
                .as("the walk went through every kind of change")
                .containsKeys(
                        "ANNULMENT",
                        "UNIT_REORGANISED",
                        "TRANSFER_OUT",
                        "TRANSFER_RECEIVED",
                        "CEREMONY_HELD",
                        "OFFICIAL_RECOGNISED",
                        "DIED",
                        "READMITTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_event WHERE member_id IN (:m) AND supersedes_id IS NOT NULL"
                                + " AND kind <> 'ANNULMENT'")
                        .param("m", members)
                        .query(Long.class)
                        .single())
                .as("corrections")
                .isPositive();

        Replay replay = new Replay();
        Map<Long, String> paths = paths();
        OrgUnitRef city =
                orgUnits.find(CounterDeltas.unitsOnPath(root.path()).get(0)).orElseThrow();
        assertThat(totals.answers(root.id()))
                .as("the walk's root, under the city, has fresh dated totals")
                .isTrue();
        for (LocalDate d = LocalDate.of(2019, 1, 1); !d.isAfter(day.plusDays(1)); d = d.plusDays(97)) {
            SubtreeStatistics stats = asOf.statistics(root, d);
            for (OrgUnitRef anchor : List.of(root, city)) {
                assertThat(history.fromTotals(anchor, d))
                        .as("the dated totals of %s on %s", anchor.name(), d)
                        .isEqualTo(history.fromPeriods(anchor, d));
            }
            Map<String, Long> status = new HashMap<>();
            long total = 0;
            for (UUID m : members) {
                Replay.State s = replay.stateOn(m, d);
                if (s != null
                        && COUNTED.contains(s.status())
                        && paths.get(s.unit()).startsWith(root.path())) {
                    status.merge(s.status(), 1L, Long::sum);
                    total++;
                }
            }
            assertThat(stats.members()).as("members on %s", d).isEqualTo(total);
            assertThat(buckets(stats, StatDimension.STATUS))
                    .as("status on %s", d)
                    .isEqualTo(status);
            for (SubtreeStatistics.ChildStatistics child : stats.children()) {
                assertThat(child.members())
                        .as("child %s on %s", child.unit().name(), d)
                        .isEqualTo(replay.count(members, d, child.unit().path(), paths));
            }
        }
        LocalDate[][] windows = {
            {LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)},
            {LocalDate.of(2019, 6, 1), LocalDate.of(2020, 5, 31)},
            {LocalDate.of(2020, 1, 1), day},
            {day.minusDays(40), day}
        };
        for (LocalDate[] w : windows) {
            Movements result = movements.movements(root, w[0], w[1]);
            assertThat(result.balanced()).as("balanced %s–%s", w[0], w[1]).isTrue();
            checkArea(replay, paths, root.path(), w[0], w[1], result.start(), total(result.in()), total(result.out()));
            assertThat(result.end()).isEqualTo(replay.count(members, w[1], root.path(), paths));
            for (Movements.ChildMovements child : result.children()) {
                assertThat(child.balanced())
                        .as("child %s balanced", child.unit().name())
                        .isTrue();
                checkArea(replay, paths, child.unit().path(), w[0], w[1], child.start(), child.in(), child.out());
            }
        }

        List<String> kept = periodRows();
        List<String> keptTotals = DatedTotalRows.of(jdbc);
        periods.rebuildAll();
        assertThat(periodRows())
                .as("the set-based rebuild equals the step-by-step upkeep")
                .isEqualTo(kept);
        totals.rebuild();
        assertThat(DatedTotalRows.of(jdbc))
                .as("the rebuilt dated totals equal the ones kept step by step")
                .isEqualTo(keptTotals);
    }

    private void checkArea(
            Replay replay,
            Map<Long, String> paths,
            String area,
            LocalDate from,
            LocalDate to,
            long start,
            long in,
            long out) {
        assertThat(start).as("start of %s", area).isEqualTo(replay.count(members, from.minusDays(1), area, paths));
        long[] moves = replay.moves(members, from, to, area, paths);
        assertThat(in).as("arrivals into %s, %s–%s", area, from, to).isEqualTo(moves[0]);
        assertThat(out).as("departures from %s, %s–%s", area, from, to).isEqualTo(moves[1]);
    }

    private static long total(List<SubtreeStatistics.Bucket> buckets) {
        return buckets.stream().mapToLong(SubtreeStatistics.Bucket::count).sum();
    }

    private static Map<String, Long> buckets(SubtreeStatistics stats, StatDimension dimension) {
        Map<String, Long> counts = new HashMap<>();
        stats.breakdowns().stream()
                .filter(b -> b.dimension() == dimension)
                .flatMap(b -> b.buckets().stream())
                .forEach(b -> counts.put(b.key(), b.count()));
        return counts;
    }

    /** The member's state from the event rows: the latest current step (not an annulment) on or before the day. */
    private final class Replay {

        record State(long unit, String status) {}

        private final Map<UUID, List<Object[]>> rows = new HashMap<>();

        Replay() {
            jdbc.sql("""
                            SELECT e.member_id, e.effective_date, e.id, e.org_unit_id, e.status_after
                              FROM member_event e
                             WHERE e.member_id IN (:m) AND e.kind <> 'ANNULMENT'
                               AND NOT EXISTS (SELECT 1 FROM member_event s WHERE s.supersedes_id = e.id)
                             ORDER BY e.effective_date, e.id""")
                    .param("m", members)
                    .query((rs, n) -> rows.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Object[] {rs.getObject(2, LocalDate.class), rs.getLong(4), rs.getString(5)}))
                    .list();
        }

        @Nullable
        State stateOn(UUID member, LocalDate d) {
            State state = null;
            for (Object[] row : rows.getOrDefault(member, List.of())) {
                if (((LocalDate) row[0]).isAfter(d)) {
                    break;
                }
                state = new State((Long) row[1], (String) row[2]);
            }
            return state;
        }

        boolean inside(UUID member, LocalDate d, String area, Map<Long, String> paths) {
            State s = stateOn(member, d);
            return s != null
                    && COUNTED.contains(s.status())
                    && paths.get(s.unit()).startsWith(area);
        }

        long count(List<UUID> ids, LocalDate d, String area, Map<Long, String> paths) {
            return ids.stream().filter(m -> inside(m, d, area, paths)).count();
        }

        /** Arrivals and departures: days of the window on which being in the area changed. */
        long[] moves(List<UUID> ids, LocalDate from, LocalDate to, String area, Map<Long, String> paths) {
            long[] moves = new long[2];
            for (UUID m : ids) {
                TreeSet<LocalDate> days = new TreeSet<>();
                rows.getOrDefault(m, List.of()).forEach(r -> days.add((LocalDate) r[0]));
                for (LocalDate d : days.subSet(from, true, to, true)) {
                    boolean was = inside(m, d.minusDays(1), area, paths);
                    boolean is = inside(m, d, area, paths);
                    if (!was && is) {
                        moves[0]++;
                    } else if (was && !is) {
                        moves[1]++;
                    }
                }
            }
            return moves;
        }
    }

    private OrgUnitRef buildTree() {
        long parentId = jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind IN ('PROVINCIAL', 'COMMUNE') AND state = 'ACTIVE'
                         ORDER BY depth, id LIMIT 1""").query(Long.class).single();
        String parentPath = pathOf(parentId);
        actor = new Actor(
                UUID.randomUUID(),
                "kiemthu",
                null,
                null,
                List.of(
                        new RoleGrant(Role.ORG_STAFF, parentId, parentPath),
                        new RoleGrant(Role.CITY_ORGANISATION, parentId, parentPath),
                        new RoleGrant(Role.CELL_SECRETARY, parentId, parentPath)));
        scope = actor.scopeFor(Role.ORG_STAFF, Role.CITY_ORGANISATION);
        OrgUnitView root = orgs.create(
                new CreateOrgUnit(parentId, OrgUnitKind.GRASSROOTS_COMMITTEE, "KT-GOC", "Đảng bộ Kiểm thử Lịch sử"),
                decision(),
                scope,
                "kiemthu");
        for (int k = 0; k < 2; k++) {
            OrgUnitView partial = orgs.create(
                    new CreateOrgUnit(
                            root.id(), OrgUnitKind.PARTIAL_COMMITTEE, "KT-BP" + k, "Đảng bộ bộ phận số " + (k + 1)),
                    decision(),
                    scope,
                    "kiemthu");
            committees.add(partial.id());
            for (int c = 0; c < 2; c++) {
                cells.add(orgs.create(
                                new CreateOrgUnit(
                                        partial.id(),
                                        OrgUnitKind.CELL,
                                        "KT-CB" + k + c,
                                        "Chi bộ " + (char) ('A' + 2 * k + c)),
                                decision(),
                                scope,
                                "kiemthu")
                        .id());
            }
        }
        cells.add(orgs.create(
                        new CreateOrgUnit(root.id(), OrgUnitKind.CELL, "KT-CBT", "Chi bộ Trực thuộc"),
                        decision(),
                        scope,
                        "kiemthu")
                .id());
        for (int i = 0; i < 24; i++) {
            day = day.plusDays(1);
            register();
        }
        return new OrgUnitRef(root.id(), root.kind(), root.name(), root.path());
    }

    private OrgDecision decision() {
        return new OrgDecision((++codes) + "-QĐ/ĐU", day, "Đảng ủy Kiểm thử", day);
    }

    private void register() {
        long cell = cells.get(random.nextInt(cells.size()));
        boolean candidate = random.nextInt(4) == 0;
        LocalDate admitted = day.minusYears(random.nextInt(2, 40));
        RegisterMember command = new RegisterMember(
                candidate ? RegisterMember.Entry.CANDIDATE : RegisterMember.Entry.TRANSFER_ARRIVAL,
                cell,
                "Đảng Viên Thử " + members.size(),
                random.nextBoolean() ? "M" : "F",
                day.minusYears(random.nextInt(20, 70)),
                Ethnicity.KINH,
                null,
                null,
                day,
                candidate ? null : MemberStatus.OFFICIAL,
                candidate ? null : admitted,
                candidate ? null : admitted.plusDays(10),
                candidate ? null : admitted.plusDays(10).plusYears(1),
                null,
                candidate ? null : "Đảng bộ tỉnh Nam Định",
                null);
        members.add(lifecycle.register(command, actor).id());
    }

    /** One allowed step of a random member; back-dated (before the walk's day, after the member's last step). */
    private void step(boolean backDated) {
        UUID member = members.get(random.nextInt(members.size()));
        LifecycleOverview overview = lifecycle.overview(member, actor);
        List<LifecycleEventKind> allowed = overview.steps().stream()
                .filter(LifecycleOverview.Step::allowed)
                .map(LifecycleOverview.Step::kind)
                .filter(k -> k != LifecycleEventKind.ANNULMENT)
                .toList();
        if (allowed.isEmpty()) {
            return;
        }
        LifecycleEventKind kind = allowed.get(random.nextInt(allowed.size()));
        if (ENDINGS.contains(kind) && random.nextInt(5) > 0) {
            kind = allowed.get(random.nextInt(allowed.size())); // endings are rarer than the rest of a party life
        }
        if (ENDINGS.contains(kind) && random.nextInt(3) > 0) {
            return;
        }
        LocalDate effective = day;
        if (backDated) {
            LocalDate last = jdbc.sql("SELECT MAX(effective_date) FROM member_event WHERE member_id = :m")
                    .param("m", member)
                    .query(LocalDate.class)
                    .single();
            effective = last.isBefore(day)
                    ? last.plusDays(random.nextInt(0, 1 + (int) (day.toEpochDay() - last.toEpochDay())))
                    : day;
        }
        long target = cells.get(random.nextInt(cells.size()));
        boolean external = random.nextInt(3) == 0 || kind == LifecycleEventKind.WENT_ABROAD;
        List<UUID> officials = jdbc.sql("SELECT id FROM member WHERE id IN (:m) AND status = 'OFFICIAL' AND id <> :me")
                .param("m", members)
                .param("me", member)
                .query(UUID.class)
                .list();
        List<UUID> two = officials.size() >= 2 ? officials.subList(0, 2) : List.of();
        RecordLifecycleEvent step = new RecordLifecycleEvent(
                kind,
                effective,
                (++codes) + "-QĐ/ĐU",
                effective,
                "Đảng ủy Kiểm thử",
                external ? null : target,
                external || kind == LifecycleEventKind.WENT_ABROAD ? "Đảng bộ tỉnh Nam Định" : null,
                "Hội trường",
                effective.plusMonths(6),
                RemovalGround.values()[random.nextInt(RemovalGround.values().length)],
                "Ghi nhận muộn",
                "Bước thử ngẫu nhiên",
                two.isEmpty() ? List.of() : two.subList(0, 1),
                two,
                false,
                "GCN-" + codes,
                false,
                null);
        lifecycle.record(member, step, overview.version(), actor);
    }

    private void annulLatest() {
        UUID member = members.get(random.nextInt(members.size()));
        Long latest =
                jdbc.sql("""
                        SELECT e.id FROM member_event e WHERE e.member_id = :m AND e.kind <> 'ANNULMENT'
                           AND NOT EXISTS (SELECT 1 FROM member_event s WHERE s.supersedes_id = e.id)
                         ORDER BY e.effective_date DESC, e.id DESC LIMIT 1""").param("m", member).query(Long.class).optional().orElse(null);
        if (latest != null) {
            long version = lifecycle.overview(member, actor).version();
            lifecycle.annul(member, latest, "Ghi nhầm", version, actor);
        }
    }

    /** Corrects the latest step of a random member to a later day of the same walk. */
    private void correctLatest() {
        UUID member = members.get(random.nextInt(members.size()));
        List<Object[]> latest = jdbc.sql("""
                        SELECT e.id, e.kind, e.effective_date FROM member_event e
                         WHERE e.member_id = :m AND e.kind NOT IN ('ANNULMENT', 'UNIT_REORGANISED', 'RECORDED')
                           AND NOT EXISTS (SELECT 1 FROM member_event s WHERE s.supersedes_id = e.id)
                         ORDER BY e.effective_date DESC, e.id DESC LIMIT 1""")
                .param("m", member)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)})
                .list();
        if (latest.isEmpty()) {
            return;
        }
        LocalDate was = (LocalDate) latest.get(0)[2];
        LocalDate corrected = was.plusDays(random.nextInt(0, 1 + (int) (day.toEpochDay() - was.toEpochDay())));
        RecordLifecycleEvent step = new RecordLifecycleEvent(
                LifecycleEventKind.valueOf((String) latest.get(0)[1]),
                corrected,
                (++codes) + "-QĐ/ĐU",
                corrected,
                "Đảng ủy Kiểm thử",
                cells.get(random.nextInt(cells.size())),
                "Đảng bộ tỉnh Nam Định",
                "Hội trường",
                corrected.plusMonths(6),
                RemovalGround.values()[0],
                "Ghi nhận muộn",
                "Đính chính",
                List.of(),
                List.of(),
                false,
                "GCN-" + codes,
                false,
                null);
        long version = lifecycle.overview(member, actor).version();
        lifecycle.correct(member, (Long) latest.get(0)[0], step, version, actor);
    }

    /** A move of a cell to the other partial committee, a merge of two cells, or a split of one. */
    private void orgChange() {
        int kind = random.nextInt(3);
        List<Long> active = cells.stream()
                .filter(id -> orgUnits.findWithin(id, scope).isPresent())
                .toList();
        if (active.size() < 2) {
            return;
        }
        long a = active.get(random.nextInt(active.size()));
        long b = active.get(random.nextInt(active.size()));
        OrgUnitView unit = orgUnits.findWithin(a, scope).orElseThrow();
        if (kind == 0) {
            long committee = committees.get(random.nextInt(committees.size()));
            orgs.move(a, committee, unit.version(), decision(), scope, "kiemthu");
        } else if (kind == 1 && a != b) {
            OrgUnitView survivor = orgUnits.findWithin(b, scope).orElseThrow();
            orgs.merge(
                    new MergeOrgUnits(
                            b,
                            survivor.version(),
                            List.of(new OrgChangePreview.UnitVersion(a, unit.version())),
                            decision()),
                    scope,
                    "kiemthu");
        } else if (kind == 2) {
            List<UUID> inCell = jdbc.sql("""
                            SELECT id FROM member WHERE org_unit_id = :u
                               AND status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT') ORDER BY id""").param("u", a).query(UUID.class).list();
            List<UUID> moving = inCell.subList(0, inCell.size() / 2);
            List<OrgUnitView> created = orgs.split(
                    new SplitOrgUnit(
                            a,
                            unit.version(),
                            List.of(new SplitOrgUnit.NewUnit(
                                    OrgUnitKind.CELL, "KT-T" + codes, "Chi bộ Tách " + codes, moving, List.of())),
                            decision()),
                    scope,
                    "kiemthu");
            created.forEach(c -> cells.add(c.id()));
        }
    }

    private Map<Long, String> paths() {
        Map<Long, String> paths = new HashMap<>();
        jdbc.sql("SELECT id, path FROM org_unit")
                .query((rs, n) -> paths.put(rs.getLong(1), rs.getString(2)))
                .list();
        return paths;
    }

    private List<String> periodRows() {
        return jdbc.sql("""
                        SELECT member_id, org_unit_id, status, valid_from, valid_to, start_kind, end_kind
                          FROM stat_period ORDER BY member_id, valid_from""")
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getObject(4)
                        + " " + rs.getObject(5) + " " + rs.getString(6) + " " + rs.getString(7))
                .list();
    }
}

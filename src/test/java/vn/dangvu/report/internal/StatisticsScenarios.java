package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.LifecycleEventKind;
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
import vn.dangvu.org.SplitOrgUnit;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Current statistics through the API and the exactness of the counters (issue 4, points 1 and 5): every lifecycle
 * step and organisation change moves the figures exactly, and after every step of a random sequence the counters equal
 * a recount of the live data. The test clock's day is 01/03/2026.
 */
abstract class StatisticsScenarios extends PlatformTestBase {

    @Autowired
    MemberLifecycle lifecycle;

    @Autowired
    OrgUnitManagement orgUnits;

    @Autowired
    StatisticsMaintenance maintenance;

    @Autowired
    StatCounters counters;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private LocalDate today;

    @BeforeEach
    void countersStartExact() {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        // other scenarios write rows with plain SQL; start from an exact count
        assertThat(loggedIn("admin")
                        .post("/api/v1/admin/statistics/recount?repair=true", "")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anArrivalATransferAndADeathMoveTheFiguresExactly() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = cellInside();
        long root = staffScopeRoot();
        long target = otherCellInside(cell);
        Figures cellBefore = figures(tochuc, cell);
        Figures targetBefore = figures(tochuc, target);
        Figures rootBefore = figures(tochuc, root);

        UUID id = arrive(tochuc, cell, "Nguyễn Thị Thống Kê", "F", "1990-06-15");
        Figures cellAfter = figures(tochuc, cell);
        assertThat(cellAfter.members).isEqualTo(cellBefore.members + 1);
        assertThat(cellAfter.get("STATUS", "OFFICIAL")).isEqualTo(cellBefore.get("STATUS", "OFFICIAL") + 1);
        assertThat(cellAfter.get("SEX", "F")).isEqualTo(cellBefore.get("SEX", "F") + 1);
        assertThat(cellAfter.get("AGE_BAND", "31_40")).isEqualTo(cellBefore.get("AGE_BAND", "31_40") + 1);
        assertThat(cellAfter.get("PARTY_AGE_BAND", "LT_10")).isEqualTo(cellBefore.get("PARTY_AGE_BAND", "LT_10") + 1);
        assertThat(figures(tochuc, root).members).isEqualTo(rootBefore.members + 1);

        step(
                tochuc,
                id,
                "{\"kind\":\"TRANSFER_OUT\",\"effectiveDate\":\"2026-02-20\",\"targetOrgUnitId\":" + target
                        + ",\"decisionNumber\":\"12-GGT\",\"decisionDate\":\"2026-02-18\",\"decisionBody\":\"Đảng ủy\"");
        Figures inTransit = figures(tochuc, cell);
        assertThat(inTransit.members).as("counted by the sender until received").isEqualTo(cellAfter.members);
        assertThat(inTransit.get("STATUS", "IN_TRANSIT")).isEqualTo(cellAfter.get("STATUS", "IN_TRANSIT") + 1);
        assertThat(figures(tochuc, target).members).isEqualTo(targetBefore.members);
        assertThat(figures(tochuc, root).members).as("exactly once").isEqualTo(rootBefore.members + 1);

        step(tochuc, id, "{\"kind\":\"TRANSFER_RECEIVED\",\"effectiveDate\":\"2026-02-25\"");
        assertThat(figures(tochuc, cell).members).isEqualTo(cellBefore.members);
        Figures received = figures(tochuc, target);
        assertThat(received.members).isEqualTo(targetBefore.members + 1);
        assertThat(received.get("STATUS", "OFFICIAL")).isEqualTo(targetBefore.get("STATUS", "OFFICIAL") + 1);
        assertThat(figures(tochuc, root).members).isEqualTo(rootBefore.members + 1);

        step(tochuc, id, "{\"kind\":\"DIED\",\"effectiveDate\":\"2026-02-28\"");
        assertThat(figures(tochuc, target).members).isEqualTo(targetBefore.members);
        assertThat(figures(tochuc, root)).isEqualTo(rootBefore);
        assertNoDifferences();
    }

    @Test
    void anImportIsCountedSetBased() {
        ApiClient bantochuc = loggedIn("bantochuc");
        // a new, empty cell: the two imported members take it across a size-band edge (EMPTY to LT_3), so that the
        // import moves its CELL_SIZE bucket
        String ids = String.format("%07d", System.nanoTime() % 10_000_000);
        String code = "TEST.NHAP." + ids;
        ApiClient.Response created = loggedIn("tochuc")
                .post(
                        "/api/v1/org-units",
                        "{\"parentId\":" + unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE")
                                + ",\"kind\":\"CELL\",\"code\":\"" + code + "\",\"name\":\"Chi bộ Nhập thử\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Object[] cell = {created.json().path("id").asLong(), code};
        long cellId = (Long) cell[0];
        String bandBefore = vn.dangvu.report.StatBands.cellSizeBand(0);
        String bandAfter = vn.dangvu.report.StatBands.cellSizeBand(2);
        Figures before = figures(bantochuc, cellId);
        Figures rootBefore = figures(bantochuc, staffScopeRoot());
        String csv = "\uFEFFHọ và tên;Giới tính;Ngày sinh;Dân tộc;Số định danh cá nhân (CCCD);Mã chi bộ;Điện thoại;"
                + "Ngày quyết định kết nạp;Nghề nghiệp;Giáo dục phổ thông\n"
                // a grade written as no other member's is: the counters must read it from the rows they count
                + "Lê Thị Nhập Một;Nữ;05/09/1985;Kinh;97001" + ids + ";" + cell[1]
                + ";0912345678;12/10/2010;Kỹ sư;7/10\n"
                + "Lê Thị Nhập Hai;Nữ;06/09/1985;Kinh;97002" + ids + ";" + cell[1]
                + ";0912345679;12/10/2010;Kỹ sư;7/10\n";
        ApiClient.Response response = bantochuc.multipart(
                "POST",
                "/api/v1/member-imports?mode=ALL_OR_NOTHING",
                "file",
                "dang-vien.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().path("state").asString()).as(response.body()).isEqualTo("SUCCEEDED");
        long counted =
                jdbc.sql("""
                        SELECT COUNT(*) FROM member WHERE citizen_id LIKE :ids
                           AND status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')""").param("ids", "970%" + ids).query(Long.class).single();
        Figures after = figures(bantochuc, cellId);
        assertThat(after.members).isEqualTo(before.members + counted);
        assertThat(after.get("SEX", "F")).isEqualTo(before.get("SEX", "F") + counted);
        assertThat(counted).isEqualTo(2);
        assertThat(bandAfter).isNotEqualTo(bandBefore);
        assertThat(before.get("CELL_SIZE", bandBefore)).isEqualTo(1);
        assertThat(after.get("CELL_SIZE", bandBefore)).isZero();
        assertThat(after.get("CELL_SIZE", bandAfter)).isEqualTo(1);
        assertThat(figures(bantochuc, staffScopeRoot()).members).isEqualTo(rootBefore.members + counted);
        assertNoDifferences();
        assertNoEmptyBuckets("after the import");
        assertThat(jdbc.sql("""
                                SELECT COUNT(DISTINCT p.member_id) FROM stat_period p JOIN member m ON m.id = p.member_id
                                 WHERE m.citizen_id LIKE :ids""").param("ids", "970%" + ids).query(Long.class).single())
                .as("the imported members' counted periods, for the statistics of later dates")
                .isEqualTo(counted);

        assertThat(after.get("GENERAL_EDUCATION", "LOWER_SECONDARY"))
                .isEqualTo(before.get("GENERAL_EDUCATION", "LOWER_SECONDARY") + counted);

        // the same rows again, one with another ethnicity and grade: an update of an existing record moves its buckets
        ApiClient.Response again = bantochuc.multipart(
                "POST",
                "/api/v1/member-imports?mode=ALL_OR_NOTHING",
                "file",
                "dang-vien.csv",
                csv.replace("Lê Thị Nhập Hai;Nữ;06/09/1985;Kinh", "Lê Thị Nhập Hai;Nữ;06/09/1985;Tày")
                        .replace("0912345679;12/10/2010;Kỹ sư;7/10", "0912345679;12/10/2010;Kỹ sư;4/12")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again.json().path("state").asString()).as(again.body()).isEqualTo("SUCCEEDED");
        Figures edited = figures(bantochuc, cellId);
        assertThat(edited.members).isEqualTo(after.members);
        assertThat(edited.get("ETHNICITY", "TAY")).isEqualTo(after.get("ETHNICITY", "TAY") + 1);
        assertThat(edited.get("ETHNICITY", "KINH")).isEqualTo(after.get("ETHNICITY", "KINH") - 1);
        assertThat(edited.get("GENERAL_EDUCATION", "PRIMARY")).isEqualTo(after.get("GENERAL_EDUCATION", "PRIMARY") + 1);
        assertThat(edited.get("GENERAL_EDUCATION", "LOWER_SECONDARY"))
                .isEqualTo(after.get("GENERAL_EDUCATION", "LOWER_SECONDARY") - 1);
        assertNoDifferences();
        assertNoEmptyBuckets("after the import again");
    }

    @Test
    void childrenAddUpAndEachDrillsDownToItsOwnFigures() {
        ApiClient tochuc = loggedIn("tochuc");
        JsonNode stats = tochuc.get("/api/v1/org-units/" + staffScopeRoot() + "/statistics")
                .json();
        assertThat(stats.path("source").asString()).isEqualTo("COUNTERS");
        assertThat(stats.path("asOf").asString()).isEqualTo(today.toString());
        assertThat(stats.path("breakdowns").size()).isEqualTo(12);
        long sum = 0;
        for (JsonNode child : stats.path("children")) {
            long id = child.path("unit").path("id").asLong();
            Figures own = figures(tochuc, id);
            assertThat(child.path("members").asLong()).isEqualTo(own.members);
            assertThat(child.path("official").asLong()).isEqualTo(own.get("STATUS", "OFFICIAL"));
            assertThat(child.path("women").asLong()).isEqualTo(own.get("SEX", "F"));
            sum += own.members;
        }
        assertThat(stats.path("children").size()).isPositive();
        assertThat(stats.path("members").asLong()).isEqualTo(sum);
        long counted = jdbc.sql("""
                        SELECT COUNT(*) FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND u.state = 'ACTIVE'
                           AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .query(Long.class)
                .single();
        assertThat(stats.path("members").asLong())
                .as("a plain count over the raw tables")
                .isEqualTo(counted);
    }

    @Test
    void thePyramidSplitsEachAgeBandBySexAndAddsUpToBoth() {
        Figures figures = figures(loggedIn("tochuc"), staffScopeRoot());
        long total = 0;
        for (String sex : List.of("M", "F")) {
            long ofSex = 0;
            for (String age : List.of("LE_30", "31_40", "41_50", "51_60", "61_70", "GT_70")) {
                ofSex += figures.get("AGE_SEX", sex + "_" + age);
            }
            assertThat(ofSex).as("the pyramid's %s side", sex).isEqualTo(figures.get("SEX", sex));
            total += ofSex;
        }
        for (String age : List.of("LE_30", "31_40", "41_50", "51_60", "61_70", "GT_70")) {
            assertThat(figures.get("AGE_SEX", "M_" + age) + figures.get("AGE_SEX", "F_" + age))
                    .as("band %s", age)
                    .isEqualTo(figures.get("AGE_BAND", age));
        }
        assertThat(total).isEqualTo(figures.members()).isPositive();
    }

    /** The nightly job moves the reference date on by diffing only the members whose band changed. */
    @Test
    void movingTheReferenceDateOnKeepsTheCountersEqualToARecount() {
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        try {
            for (LocalDate day : List.of(
                    today.plusDays(1),
                    LocalDate.of(2027, 3, 1),
                    LocalDate.of(2028, 2, 28),
                    LocalDate.of(2028, 2, 29),
                    LocalDate.of(2028, 3, 1),
                    LocalDate.of(2036, 6, 30))) {
                transaction.executeWithoutResult(tx -> counters.advance(day));
                assertThat(counters.asOf()).contains(day);
                assertThat(maintenance
                                .recount(false, true, new OrgScope(List.of("/"), null))
                                .differences())
                        .as("on " + day)
                        .isEmpty();
            }
        } finally {
            transaction.executeWithoutResult(tx -> counters.rebuild(today, false));
        }
    }

    @Test
    void aPastDateIsAnsweredFromTheHistoryAndAFutureOneIsRefused() {
        ApiClient tochuc = loggedIn("tochuc");
        String url = "/api/v1/org-units/" + staffScopeRoot() + "/statistics?asOf=";
        assertThat(tochuc.get(url + today).json().path("source").asString()).isEqualTo("COUNTERS");
        JsonNode past = tochuc.get(url + "2025-12-31").json();
        assertThat(past.path("source").asString()).isEqualTo("HISTORY");
        assertThat(past.path("asOf").asString()).isEqualTo("2025-12-31");
        assertThat(past.path("members").asLong()).isPositive();
        ApiClient.Response future = tochuc.get(url + today.plusDays(1));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("statistics.as-of-unavailable");
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("asOf");
    }

    @Test
    void aCellIsCountedWhenReadAndItsParentListsItsFiguresExactly() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = cellInside();
        long parent = parentOf(cell);
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM org_stat o JOIN org_unit u ON u.id = o.org_unit_id
                                 WHERE u.kind IN ('CELL', 'GRASSROOTS_CELL')
                                   AND o.dimension NOT IN ('UNIT_KIND', 'CELL_SIZE')""").query(Long.class).single())
                .as("a cell's member breakdowns are not stored")
                .isZero();

        Figures own = figures(tochuc, cell);
        assertThat(own.members).isEqualTo(counted(cell, "1 = 1"));
        assertThat(own.get("SEX", "F")).isEqualTo(counted(cell, "m.sex = 'F'"));
        assertThat(own.get("STATUS", "OFFICIAL")).isEqualTo(counted(cell, "m.status = 'OFFICIAL'"));
        assertThat(own.get("CELL_SIZE", vn.dangvu.report.StatBands.cellSizeBand(own.members)))
                .isEqualTo(1);
        assertThat(own.buckets.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("AGE_BAND/"))
                        .mapToLong(java.util.Map.Entry::getValue)
                        .sum())
                .isEqualTo(own.members);

        JsonNode children =
                tochuc.get("/api/v1/org-units/" + parent + "/statistics").json().path("children");
        List<Long> cells = jdbc.sql("""
                        SELECT id FROM org_unit WHERE parent_id = :p AND state = 'ACTIVE'
                           AND kind IN ('CELL', 'GRASSROOTS_CELL')""").param("p", parent).query(Long.class).list();
        assertThat(cells).isNotEmpty();
        for (JsonNode child : children) {
            long id = child.path("unit").path("id").asLong();
            if (!cells.contains(id)) {
                continue;
            }
            assertThat(child.path("members").asLong()).as("cell " + id).isEqualTo(counted(id, "1 = 1"));
            assertThat(child.path("official").asLong()).isEqualTo(counted(id, "m.status = 'OFFICIAL'"));
            assertThat(child.path("probationary").asLong()).isEqualTo(counted(id, "m.status = 'PROBATIONARY'"));
            assertThat(child.path("women").asLong()).isEqualTo(counted(id, "m.sex = 'F'"));
            assertThat(child.path("cells").asLong()).isEqualTo(1);
        }
    }

    /** Counted members of one unit that meet a condition on {@code m}, straight from the records. */
    private long counted(long unit, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM member m WHERE m.org_unit_id = :u"
                        + " AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT') AND " + condition)
                .param("u", unit)
                .query(Long.class)
                .single();
    }

    @Test
    void theRecountReportsADriftedCounterAndRepairsIt() {
        long unit = parentOf(cellInside());
        jdbc.sql("UPDATE org_stat SET members = members + 5 WHERE org_unit_id = :unit AND dimension = 'SEX'"
                        + " AND bucket = 'M'")
                .param("unit", unit)
                .update();
        ApiClient admin = loggedIn("admin");
        JsonNode report = admin.post("/api/v1/admin/statistics/recount", "").json();
        assertThat(report.path("repaired").asBoolean()).isFalse();
        assertThat(report.path("differences").size()).isEqualTo(1);
        JsonNode difference = report.path("differences").get(0);
        assertThat(difference.path("unitId").asLong()).isEqualTo(unit);
        assertThat(difference.path("counter").asLong()
                        - difference.path("recount").asLong())
                .isEqualTo(5);
        assertThat(admin.post("/api/v1/admin/statistics/recount", "")
                        .json()
                        .path("differences")
                        .size())
                .as("a recount without repair changes nothing")
                .isEqualTo(1);
        admin.post("/api/v1/admin/statistics/recount?repair=true", "");
        assertNoDifferences();
    }

    /**
     * Issue 4 point 5: a random sequence (fixed seed) of lifecycle steps through {@link MemberLifecycle} and of
     * organisation changes (move, merge, split) through {@link OrgUnitManagement}; after each step the counters equal a
     * recount of the live data, and the subtree's STATUS totals a plain GROUP BY over member ⋈ org_unit.
     */
    @Test
    void randomSequencesOfStepsKeepTheCountersEqualToARecount() {
        SplittableRandom random = new SplittableRandom(20260301L);
        String scopePath = pathOf(staffScopeRoot());
        Actor actor = new Actor(
                UUID.randomUUID(),
                "kiemthu",
                null,
                null,
                List.of(
                        new RoleGrant(Role.ORG_STAFF, staffScopeRoot(), scopePath),
                        new RoleGrant(Role.CELL_SECRETARY, staffScopeRoot(), scopePath),
                        new RoleGrant(Role.CITY_ORGANISATION, staffScopeRoot(), scopePath)));
        OrgScope scope = new OrgScope(List.of(scopePath), null);
        List<Long> parents =
                jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind = 'GRASSROOTS_COMMITTEE' AND state = 'ACTIVE'
                           AND path LIKE :p ORDER BY id LIMIT 2""").param("p", scopePath + "%").query(Long.class).list();
        assertThat(parents).hasSize(2);
        List<Long> cells = new ArrayList<>();
        List<UUID> members = new ArrayList<>();
        Map<String, Integer> done = new HashMap<>();
        int codes = 0;
        for (int i = 0; i < 4; i++) {
            cells.add(orgUnits.create(
                            new CreateOrgUnit(
                                    parents.get(i % 2), OrgUnitKind.CELL, "PBT." + (codes++), "Chi bộ Kiểm thử " + i),
                            decision(),
                            scope,
                            "kiemthu")
                    .id());
        }
        for (int step = 0; step < 240; step++) {
            int choice = random.nextInt(100);
            String what;
            try {
                if (choice < 25 || members.size() < 6) {
                    what = "register";
                    members.add(register(random, cells.get(random.nextInt(cells.size())), actor));
                } else if (choice < 75) {
                    UUID member = members.get(random.nextInt(members.size()));
                    what = lifecycleStep(random, member, cells, actor);
                } else if (choice < 85) {
                    what = "move";
                    long cell = cells.get(random.nextInt(cells.size()));
                    long parent = jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :id")
                            .param("id", cell)
                            .query(Long.class)
                            .single();
                    long to = parents.get(0) == parent ? parents.get(1) : parents.get(0);
                    orgUnits.move(cell, to, version(cell), decision(), scope, "kiemthu");
                } else if (choice < 93 && cells.size() > 2) {
                    what = "merge";
                    long survivor = cells.get(random.nextInt(cells.size()));
                    long absorbed = cells.get(random.nextInt(cells.size()));
                    if (survivor == absorbed) {
                        continue;
                    }
                    orgUnits.merge(
                            new MergeOrgUnits(
                                    survivor,
                                    version(survivor),
                                    List.of(new OrgChangePreview.UnitVersion(absorbed, version(absorbed))),
                                    decision()),
                            scope,
                            "kiemthu");
                    cells.remove(absorbed);
                } else {
                    what = "split";
                    long source = cells.get(random.nextInt(cells.size()));
                    List<UUID> active = jdbc.sql("""
                                    SELECT id FROM member WHERE org_unit_id = :cell
                                       AND status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT') ORDER BY id""")
                            .param("cell", source)
                            .query(UUID.class)
                            .list();
                    List<UUID> taken = active.subList(0, active.size() / 2);
                    SplitOrgUnit.NewUnit part = new SplitOrgUnit.NewUnit(
                            OrgUnitKind.CELL, "PBT." + (codes++), "Chi bộ Tách " + codes, taken, List.of());
                    cells.addAll(orgUnits
                            .split(
                                    new SplitOrgUnit(source, version(source), List.of(part), decision()),
                                    scope,
                                    "kiemthu")
                            .stream()
                            .map(u -> u.id())
                            .toList());
                }
            } catch (DomainException refused) {
                what = "refused";
            }
            done.merge(what, 1, Integer::sum);
            assertThat(maintenance.recount(false, true, scope).differences())
                    .as("after step " + step + " (" + what + ")")
                    .isEmpty();
            assertNoEmptyBuckets("after step " + step + " (" + what + ")");
            for (long unit : List.of(parents.get(0), parents.get(1), staffScopeRoot())) {
                assertThat(countersByStatus(unit))
                        .as("step " + step + " unit " + unit)
                        .isEqualTo(groupBy(unit));
            }
        }
        assertThat(done.keySet()).contains("register", "move", "merge", "split", "OFFICIAL_RECOGNISED", "TRANSFER_OUT");
        assertThat(done.getOrDefault("refused", 0)).as(done.toString()).isLessThan(120);
    }

    private String lifecycleStep(SplittableRandom random, UUID member, List<Long> cells, Actor actor) {
        MemberStatus status = MemberStatus.valueOf(jdbc.sql("SELECT status FROM member WHERE id = :id")
                .param("id", member)
                .query(String.class)
                .single());
        LifecycleEventKind kind = switch (status) {
            case PROBATIONARY ->
                random.nextBoolean() ? LifecycleEventKind.OFFICIAL_RECOGNISED : LifecycleEventKind.DIED;
            case OFFICIAL ->
                List.of(
                                LifecycleEventKind.TRANSFER_OUT,
                                LifecycleEventKind.EXEMPTED,
                                LifecycleEventKind.REMOVED,
                                LifecycleEventKind.DIED,
                                LifecycleEventKind.TRANSFER_OUT)
                        .get(random.nextInt(5));
            case IN_TRANSIT ->
                random.nextInt(3) == 0 ? LifecycleEventKind.TRANSFER_CANCELLED : LifecycleEventKind.TRANSFER_RECEIVED;
            case EXEMPTED -> random.nextBoolean() ? LifecycleEventKind.EXEMPTION_ENDED : LifecycleEventKind.DIED;
            default -> LifecycleEventKind.READMITTED;
        };
        Long target = kind == LifecycleEventKind.TRANSFER_OUT ? cells.get(random.nextInt(cells.size())) : null;
        RecordLifecycleEvent step = new RecordLifecycleEvent(
                kind,
                today.minusDays(1),
                "7-QĐ/ĐU",
                today.minusDays(2),
                "Đảng ủy cơ sở",
                target,
                null,
                "Hội trường",
                null,
                kind == LifecycleEventKind.REMOVED ? RemovalGround.values()[0] : null,
                "Kiểm thử",
                null,
                List.of(),
                List.of(),
                false,
                null,
                false,
                null);
        lifecycle.record(member, step, version(member), actor);
        return kind.name();
    }

    private UUID register(SplittableRandom random, long cell, Actor actor) {
        // birth dates around the band edges of the reference day, 29 February included
        LocalDate born = switch (random.nextInt(4)) {
            case 0 -> today.minusYears(31);
            case 1 -> today.minusYears(31).plusDays(1);
            case 2 -> LocalDate.of(1996, 2, 29);
            default -> LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
        boolean probationary = random.nextInt(3) == 0;
        LocalDate admitted = probationary ? today.minusMonths(13) : today.minusYears(2 + random.nextInt(40));
        LocalDate ceremony = probationary ? today.minusMonths(12).minusDays(5) : admitted.plusDays(10);
        return lifecycle
                .register(
                        new RegisterMember(
                                RegisterMember.Entry.TRANSFER_ARRIVAL,
                                cell,
                                "Trần Văn Ngẫu Nhiên",
                                random.nextBoolean() ? "M" : "F",
                                born,
                                Ethnicity.values()[random.nextInt(3)],
                                null,
                                null,
                                today.minusDays(3),
                                probationary ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL,
                                admitted,
                                ceremony,
                                probationary ? null : ceremony.plusYears(1),
                                null,
                                "Đảng bộ tỉnh Nam Định",
                                null),
                        actor)
                .id();
    }

    private long version(long unit) {
        return jdbc.sql("SELECT version FROM org_unit WHERE id = :id")
                .param("id", unit)
                .query(Long.class)
                .single();
    }

    private long version(UUID member) {
        return jdbc.sql("SELECT version FROM member WHERE id = :id")
                .param("id", member)
                .query(Long.class)
                .single();
    }

    private OrgDecision decision() {
        return new OrgDecision("15-QĐ/TU", today.minusDays(1), "Ban Thường vụ Thành ủy", today.minusDays(1));
    }

    private Map<String, Long> countersByStatus(long unit) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT bucket, members FROM org_stat WHERE org_unit_id = :u AND dimension = 'STATUS'")
                .param("u", unit)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private Map<String, Long> groupBy(long unit) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT m.status, COUNT(*) FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND u.state = 'ACTIVE'
                           AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')
                         GROUP BY m.status""").param("p", pathOf(unit) + "%").query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /**
     * Only non-zero buckets are kept: a bucket a step or an import empties (a cell's old size band) is deleted. A
     * recount reads a missing bucket as zero, so it cannot tell.
     */
    private void assertNoEmptyBuckets(String when) {
        assertThat(jdbc.sql("SELECT org_unit_id || ' ' || dimension || ' ' || bucket FROM org_stat WHERE members = 0")
                        .query(String.class)
                        .list())
                .as("empty buckets " + when)
                .isEmpty();
    }

    private void assertNoDifferences() {
        JsonNode report =
                loggedIn("admin").post("/api/v1/admin/statistics/recount", "").json();
        assertThat(report.path("differences").size()).as(report.toString()).isZero();
    }

    /** A cell of the organisation staff's scope (other scenarios move the demo secretary's cell elsewhere). */
    private long cellInside() {
        return jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL') AND state = 'ACTIVE'
                           AND path LIKE :p ORDER BY id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .query(Long.class)
                .single();
    }

    private long otherCellInside(long cell) {
        return jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL') AND state = 'ACTIVE'
                           AND path LIKE :p AND id <> :cell ORDER BY id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .param("cell", cell)
                .query(Long.class)
                .single();
    }

    private UUID arrive(ApiClient client, long cell, String name, String sex, String born) {
        ApiClient.Response response = client.post(
                "/api/v1/members",
                "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell + ",\"fullName\":\"" + name + "\",\"sex\":\""
                        + sex + "\",\"birthDate\":\"" + born + "\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\",\"admittedOn\":\"2020-05-19\","
                        + "\"ceremonyDate\":\"2020-05-29\",\"officialOn\":\"2021-05-29\","
                        + "\"origin\":\"Đảng bộ tỉnh Nam Định\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private void step(ApiClient client, UUID id, String bodyStart) {
        long version = client.get("/api/v1/members/" + id + "/lifecycle")
                .json()
                .path("version")
                .asLong();
        ApiClient.Response response =
                client.post("/api/v1/members/" + id + "/events", bodyStart + ",\"version\":" + version + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** A unit's figures as the API gives them. */
    record Figures(long members, Map<String, Long> buckets) {
        long get(String dimension, String bucket) {
            return buckets.getOrDefault(dimension + "/" + bucket, 0L);
        }
    }

    private Figures figures(ApiClient client, long unit) {
        ApiClient.Response response = client.get("/api/v1/org-units/" + unit + "/statistics");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        Map<String, Long> buckets = new HashMap<>();
        json.path("breakdowns")
                .forEach(b -> b.path("buckets")
                        .forEach(x -> buckets.put(
                                b.path("dimension").asString() + "/"
                                        + x.path("key").asString(),
                                x.path("count").asLong())));
        return new Figures(json.path("members").asLong(), buckets);
    }
}

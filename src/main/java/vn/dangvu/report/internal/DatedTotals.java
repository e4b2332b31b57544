package vn.dangvu.report.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dated totals of the anchors (units down to {@link ReportProperties#datedTotalsDepth}): their statistics as of
 * any date in a few thousand rows instead of millions of periods (V129, V130, {@link DatedTotalsSql}). They are either
 * fresh or stale, after an import or an organisation change that changes the anchors, until a full rebuild; a stale
 * anchor is answered from its periods. Fresh totals are always those of the periods and attributes they hold ({@code
 * stat_dated_period}, {@code stat_dated_member}): a member's change is noted in its own transaction and caught up
 * after it commits ({@link #catchUp}); a read that meets a member still noted has it caught up first (or, should a
 * change commit meanwhile, answers from the periods), so an answer is always exact. Catch-ups, organisation changes and rebuilds take the state row first,
 * so they never interleave; a member's step takes none of their locks.
 */
@Component
class DatedTotals {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatedTotals.class);

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final DatedTotalsSql sql;
    private final Clock clock;
    private final int depth;
    private final boolean postgres;

    DatedTotals(JdbcClient jdbc, Clock clock, ReportProperties properties, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.jdbcTemplate = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        this.clock = clock;
        this.depth = properties.datedTotalsDepth();
        this.postgres = vn.dangvu.shared.persistence.Databases.isPostgres(dataSource);
        this.sql = new DatedTotalsSql(postgres);
    }

    /**
     * Whether the unit's statistics as of a date can be read from fresh totals. The state first: a rebuild empties the
     * tables under a lock that a read of them would wait for.
     */
    boolean answers(long unitId) {
        return !stale()
                && jdbc.sql("SELECT COUNT(*) FROM stat_dated_unit u WHERE u.unit_id = :a AND u.anchor_id = :a")
                                .param("a", unitId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** The anchor's counts on the day, per breakdown and bucket (only those that are not zero). */
    Map<String, Map<String, Long>> on(long anchorId, LocalDate day) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql(DatedTotalsSql.ON_DAY)
                .param("a", anchorId)
                .param("y", day.getYear())
                .param("jan1", day.withDayOfYear(1))
                .param("d", day)
                .query((java.sql.ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getString("dim"), k -> new HashMap<>())
                            .put(rs.getString("bucket"), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * Notes, in the caller's transaction, that the member's periods or record changed: {@link #catchUp} adds the change
     * once it has committed. One insert on the step's own time.
     */
    void note(UUID member) {
        jdbc.sql("INSERT INTO stat_dated_pending (member_id) VALUES (:m)")
                .param("m", member)
                .update();
    }

    /** Whether changes of members are noted that the totals do not hold yet. */
    boolean behind() {
        return jdbc.sql("SELECT member_id FROM stat_dated_pending FETCH FIRST 1 ROWS ONLY")
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /**
     * Takes up to {@code batch} notes in, in the caller's transaction: their members' contributions taken away from the
     * periods and attributes the totals hold, those copied again, the contributions added back; the cells the members
     * were or are counted in are re-banded the same way. It takes no member's row, so it never waits for a step in
     * progress: a change that commits while it runs has its own note, which the next round takes in (a change the copy
     * already held then adds nothing). Stale totals drop the notes: their rebuild copies everything.
     *
     * @return how many notes it took in
     */
    int catchUp(int batch) {
        if (!lockIsFresh()) {
            jdbc.sql("DELETE FROM stat_dated_pending").update();
            return 0;
        }
        List<Long> notes = new java.util.ArrayList<>();
        java.util.Set<UUID> members = new java.util.LinkedHashSet<>();
        jdbc.sql("SELECT id, member_id FROM stat_dated_pending ORDER BY id FETCH FIRST :n ROWS ONLY")
                .param("n", batch)
                .query((java.sql.ResultSet rs) -> {
                    notes.add(rs.getLong("id"));
                    members.add(rs.getObject("member_id", UUID.class));
                });
        if (notes.isEmpty()) {
            return 0;
        }
        List<UUID> ids = List.copyOf(members);
        // the periods read once, before the cells to re-band are chosen: a step that commits later must not put a
        // member in a cell that is not re-banded
        List<HeldPeriod> current = jdbc.sql(
                        "SELECT member_id, org_unit_id, status, valid_from, valid_to FROM stat_period WHERE member_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new HeldPeriod(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
        java.util.Set<Long> units = new java.util.HashSet<>(
                jdbc.sql("SELECT DISTINCT org_unit_id FROM stat_dated_period WHERE member_id IN (:ids)")
                        .param("ids", ids)
                        .query(Long.class)
                        .list());
        current.forEach(p -> units.add(p.unit()));
        List<Long> cells = units.isEmpty()
                ? List.of()
                : jdbc.sql("SELECT DISTINCT unit_id FROM stat_dated_unit WHERE cell AND unit_id IN (:units)")
                        .param("units", units)
                        .query(Long.class)
                        .list();
        gather(ids, cells, -1);
        for (String table : List.of("stat_dated_member", "stat_dated_period")) {
            jdbc.sql("DELETE FROM " + table + " WHERE member_id IN (:ids)")
                    .param("ids", ids)
                    .update();
        }
        jdbc.sql(copyMembers("m.id IN (:ids)")).param("ids", ids).update();
        jdbcTemplate.batchUpdate(
                "INSERT INTO stat_dated_period (member_id, org_unit_id, status, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)",
                current,
                500,
                (ps, p) -> {
                    ps.setObject(1, p.member());
                    ps.setLong(2, p.unit());
                    ps.setString(3, p.status());
                    ps.setObject(4, p.from());
                    if (p.to() == null) {
                        ps.setNull(5, java.sql.Types.DATE);
                    } else {
                        ps.setObject(5, p.to());
                    }
                });
        gather(ids, cells, 1);
        mergeChanges();
        jdbc.sql("DELETE FROM stat_dated_pending WHERE id IN (:notes)")
                .param("notes", notes)
                .update();
        return notes.size();
    }

    /** A counted period as the totals come to hold it. */
    private record HeldPeriod(UUID member, long unit, String status, LocalDate from, LocalDate to) {}

    private void mergeChanges() {
        jdbc.sql(DatedTotalsSql.merge(false)).update();
        jdbc.sql(DatedTotalsSql.merge(true)).update();
        jdbc.sql("DELETE FROM stat_dated_change").update();
    }

    /**
     * Runs an organisation change between taking away and adding again everything of the subtrees of {@code roots} as
     * they are after it (a created or dissolved unit, a moved subtree, the units of a merge or a split and what they
     * hold): their members' periods, their cells' sizes, their lives, each under the anchors and children their units
     * had and have. It holds the state row while it runs, so no catch-up interleaves. Returns false, with the totals marked stale, when an anchor is among them (the set of anchors
     * changes: the caller has them rebuilt).
     */
    boolean replacingUnits(Collection<Long> roots, Runnable change) {
        if (roots.isEmpty() || !lockIsFresh()) {
            change.run();
            return true;
        }
        jdbc.sql("""
                        INSERT INTO stat_dated_scope (unit_id)
                        SELECT DISTINCT u.id FROM org_unit r
                          JOIN org_unit u ON u.path >= r.path AND u.path < SUBSTRING(r.path, 1, LENGTH(r.path) - 1) || '0'
                         WHERE r.id IN (:roots)""").param("roots", List.copyOf(roots)).update();
        boolean anchors = jdbc.sql("""
                        SELECT COUNT(*) FROM stat_dated_scope s JOIN org_unit u ON u.id = s.unit_id
                         WHERE u.depth <= :depth
                            OR EXISTS (SELECT 1 FROM stat_dated_unit a WHERE a.anchor_id = s.unit_id)""").param("depth", depth).query(Long.class).single() > 0;
        if (anchors) {
            jdbc.sql("DELETE FROM stat_dated_scope").update();
            change.run();
            markStale();
            return false;
        }
        String scope = "IN (SELECT unit_id FROM stat_dated_scope)";
        gatherUnits(scope, -1);
        change.run();
        jdbc.sql("DELETE FROM stat_dated_unit WHERE unit_id " + scope).update();
        jdbc.sql(DatedTotalsSql.units("u.id " + scope)).param("depth", depth).update();
        // the periods in the units it touched, as they are now (a member still noted keeps its others until caught up)
        jdbc.sql("DELETE FROM stat_dated_period WHERE org_unit_id " + scope).update();
        jdbc.sql(copyPeriods("p.org_unit_id " + scope)).update();
        gatherUnits(scope, 1);
        mergeChanges();
        jdbc.sql("DELETE FROM stat_dated_scope").update();
        return true;
    }

    private void gatherUnits(String scope, int sign) {
        String insert = "INSERT INTO stat_dated_change (anchor_id, on_day, dim, bucket, delta) ";
        for (String segments : List.of(
                sql.memberSegments("p.org_unit_id " + scope, "1 = 1"),
                sql.cellSegments("c.unit_id " + scope, "p.org_unit_id " + scope),
                DatedTotalsSql.unitSegments("au.unit_id " + scope))) {
            jdbc.sql(insert + DatedTotalsSql.changes(segments))
                    .param("sign", sign)
                    .update();
        }
    }

    /**
     * Gathers the members' and the cells' contributions, times {@code sign}, in {@code stat_dated_change}: one
     * statement for the whole batch of a catch-up, whatever the number of its members and cells.
     */
    private void gather(List<UUID> ids, List<Long> cells, int sign) {
        String segments = sql.memberSegments("p.member_id IN (:ids)", "1 = 1");
        if (!cells.isEmpty()) {
            segments += " UNION ALL " + sql.cellSegments("c.unit_id IN (:cells)", "p.org_unit_id IN (:cells)");
        }
        jdbc.sql("INSERT INTO stat_dated_change (anchor_id, on_day, dim, bucket, delta) "
                        + DatedTotalsSql.changes(segments))
                .param("ids", ids)
                .param("cells", cells.isEmpty() ? List.of(-1L) : cells)
                .param("sign", sign)
                .update();
    }

    /** Marks the totals stale; the caller requests the rebuild. */
    void markStale() {
        jdbc.sql("UPDATE stat_dated_state SET fresh = FALSE, version = version + 1 WHERE id = 1")
                .update();
    }

    /** Whether the totals are stale (to be rebuilt). */
    boolean stale() {
        return !jdbc.sql("SELECT fresh AND depth = :depth FROM stat_dated_state WHERE id = 1")
                .param("depth", depth)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Rebuilds everything from the periods, the members and the tree, in the caller's transaction. It first takes the
     * state row, so every change waits until it commits (a member's change, an import's end, an organisation change)
     * and what it reads cannot move under it.
     */
    void rebuild() {
        jdbc.sql("UPDATE stat_dated_state SET version = version + 1 WHERE id = 1")
                .update();
        // before the copies: a member changed from here on stays noted, and is caught up again after the rebuild (a
        // change the copies already hold then adds nothing); a plain delete, as steps keep noting while it runs
        jdbc.sql("DELETE FROM stat_dated_pending").update();
        for (String table : List.of(
                "stat_dated_day", "stat_dated_year", "stat_dated_unit", "stat_dated_member", "stat_dated_period")) {
            jdbc.sql((postgres ? "TRUNCATE " : "DELETE FROM ") + table).update();
        }
        StringBuilder steps = new StringBuilder();
        long started = System.nanoTime();
        jdbc.sql(copyMembers("1 = 1")).update();
        started = step(steps, "members", started);
        jdbc.sql(copyPeriods("1 = 1")).update();
        started = step(steps, "periods", started);
        jdbc.sql(DatedTotalsSql.units("1 = 1")).param("depth", depth).update();
        started = step(steps, "units", started);
        // one statement per breakdown: the nation's 14 million periods make some 30 million changes per breakdown, and
        // all of them at once would spill hundreds of millions of rows to disk to group them
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (String dim : DatedTotalsSql.MEMBER_DIMENSION_NAMES) {
            parts.put(dim, sql.memberSegments("1 = 1", "s.dim = '" + dim + "'"));
        }
        parts.put("CELL_SIZE", sql.cellSegments("1 = 1", "1 = 1"));
        parts.put("UNITS", DatedTotalsSql.unitSegments("1 = 1"));
        for (Map.Entry<String, String> part : parts.entrySet()) {
            jdbc.sql("INSERT INTO stat_dated_day (anchor_id, on_day, dim, bucket, delta) "
                            + DatedTotalsSql.changes(part.getValue()))
                    .param("sign", 1)
                    .update();
            started = step(steps, part.getKey(), started);
        }
        jdbc.sql("""
                        INSERT INTO stat_dated_year (anchor_id, in_year, dim, bucket, delta)
                        SELECT anchor_id, CAST(EXTRACT(YEAR FROM on_day) AS INT), dim, bucket, SUM(delta)
                          FROM stat_dated_day
                         GROUP BY anchor_id, CAST(EXTRACT(YEAR FROM on_day) AS INT), dim, bucket
                        HAVING SUM(delta) <> 0""").update();
        started = step(steps, "years", started);
        if (postgres) {
            // planner statistics for the bulk-filled tables: without them a step's few-row look-ups became scans
            jdbc.sql("ANALYZE stat_dated_member, stat_dated_period, stat_dated_unit, stat_dated_day, stat_dated_year")
                    .update();
            step(steps, "analyze", started);
        }
        log.info("dated totals rebuilt:{}", steps);
        jdbc.sql("UPDATE stat_dated_state SET fresh = TRUE, depth = :depth, rebuilt_at = :now WHERE id = 1")
                .param("depth", depth)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static long step(StringBuilder steps, String name, long started) {
        long now = System.nanoTime();
        steps.append(' ')
                .append(name)
                .append(' ')
                .append((now - started) / 1_000_000)
                .append(" ms;");
        return now;
    }

    /** Takes the state row (waiting for a rebuild that runs) and tells whether the totals are fresh. */
    private boolean lockIsFresh() {
        jdbc.sql("UPDATE stat_dated_state SET version = version + 1 WHERE id = 1")
                .update();
        return !stale();
    }

    /** Copies the counted periods that meet {@code condition} (on {@code stat_period p}) as the totals' own. */
    private static String copyPeriods(String condition) {
        return """
                INSERT INTO stat_dated_period (member_id, org_unit_id, status, valid_from, valid_to)
                SELECT p.member_id, p.org_unit_id, p.status, p.valid_from, p.valid_to FROM stat_period p
                 WHERE %s""".formatted(condition);
    }

    private String copyMembers(String condition) {
        return """
                INSERT INTO stat_dated_member (member_id, sex, ethnicity, religion, general_education, professional_level,
                                               theory_level, turns_31, turns_41, turns_51, turns_61, turns_71,
                                               first_admitted_on, party_10, party_20, party_30, party_40, party_50)
                SELECT m.id, m.sex, m.ethnicity, m.religion, m.general_education, m.professional_level, m.theory_level,
                       %s, %s, %s, %s, %s, m.first_admitted_on, %s, %s, %s, %s, %s
                  FROM member m
                 WHERE %s""".formatted(
                        sql.anniversary("m.birth_date", "31"),
                        sql.anniversary("m.birth_date", "41"),
                        sql.anniversary("m.birth_date", "51"),
                        sql.anniversary("m.birth_date", "61"),
                        sql.anniversary("m.birth_date", "71"),
                        sql.anniversary("m.first_admitted_on", "10"),
                        sql.anniversary("m.first_admitted_on", "20"),
                        sql.anniversary("m.first_admitted_on", "30"),
                        sql.anniversary("m.first_admitted_on", "40"),
                        sql.anniversary("m.first_admitted_on", "50"),
                        condition);
    }
}

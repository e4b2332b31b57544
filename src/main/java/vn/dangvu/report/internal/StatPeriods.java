package vn.dangvu.report.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counted periods of the members ({@code stat_period}), kept equal to what {@link PeriodDerivation} makes of the
 * current member_event rows: one member re-derived after each of its steps, the members a merge or split moved, or
 * everything at once (set-based, for start-up after bulk writes).
 */
@Component
class StatPeriods {

    /**
     * Current rows only (no later row supersedes them), annulments left out. The superseding rows are asked for as not
     * null, which the join implies: the planner then estimates them from the column's statistics (a few) and hashes
     * them in a few kilobytes, where it took every step for one (12.7 M in the benchmark's registry), allocated for as
     * many and spilled the import's steps to disk in two batches (docs/benchmarks.md).
     */
    private static final String CURRENT_STEPS = "e.kind <> 'ANNULMENT' AND NOT EXISTS (SELECT 1 FROM member_event s"
            + " WHERE s.supersedes_id = e.id AND s.supersedes_id IS NOT NULL)";

    private static final String INSERT = """
            INSERT INTO stat_period (member_id, org_unit_id, status, valid_from, valid_to, start_kind, end_kind)
            VALUES (:member, :unit, :status, :from, :to, :startKind, :endKind)""";

    /**
     * What PostgreSQL maintains on {@code stat_period} (V42, V124, V125: no foreign keys, the table is derived; V135: the ends' index holds ended periods only), dropped
     * for a full rebuild and made again after it: one index build each instead of three random-key index insertions
     * per row (docs/benchmarks.md).
     */
    private static final List<String> DROP_KEYS = List.of(
            "ALTER TABLE stat_period DROP CONSTRAINT stat_period_pk",
            "DROP INDEX stat_period_unit_from_idx",
            "DROP INDEX stat_period_unit_to_idx");

    private static final List<String> MAKE_KEYS = List.of(
            "ALTER TABLE stat_period ADD CONSTRAINT stat_period_pk PRIMARY KEY (member_id, valid_from)",
            "CREATE INDEX stat_period_unit_from_idx ON stat_period (org_unit_id, valid_from, valid_to)",
            "CREATE INDEX stat_period_unit_to_idx ON stat_period (org_unit_id, valid_to) WHERE valid_to IS NOT NULL");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean postgres;

    StatPeriods(JdbcClient jdbc, Clock clock, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = vn.dangvu.shared.persistence.Databases.isPostgres(dataSource);
    }

    /**
     * Re-derives one member's periods from its current steps, in the caller's transaction, writing only the periods
     * that changed: a step usually ends the open period and starts one, and deleting and inserting all of a member's
     * periods again entered each of them into the table's three indexes once more on every step.
     */
    void rederive(UUID memberId) {
        List<PeriodDerivation.Step> steps = jdbc.sql("""
                        SELECT e.id, e.kind, e.effective_date, e.org_unit_id, e.status_after
                          FROM member_event e
                         WHERE e.member_id = :m AND""" + " " + CURRENT_STEPS)
                .param("m", memberId)
                .query((rs, n) -> new PeriodDerivation.Step(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getObject("effective_date", LocalDate.class),
                        rs.getLong("org_unit_id"),
                        rs.getString("status_after")))
                .list();
        java.util.Set<PeriodDerivation.Period> stored = new java.util.HashSet<>(jdbc.sql("""
                        SELECT org_unit_id, status, valid_from, valid_to, start_kind, end_kind
                          FROM stat_period WHERE member_id = :m""")
                .param("m", memberId)
                .query((rs, n) -> new PeriodDerivation.Period(
                        memberId,
                        rs.getLong("org_unit_id"),
                        rs.getString("status"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getString("start_kind"),
                        rs.getString("end_kind")))
                .list());
        List<PeriodDerivation.Period> derived = PeriodDerivation.derive(memberId, steps);
        List<PeriodDerivation.Period> added =
                derived.stream().filter(p -> !stored.remove(p)).toList();
        // what is left of the stored periods is no longer derived (or changed): away before the new ones, which may
        // start on the same day (the key)
        if (!stored.isEmpty()) {
            jdbc.sql("DELETE FROM stat_period WHERE member_id = :m AND valid_from IN (:from)")
                    .param("m", memberId)
                    .param(
                            "from",
                            stored.stream()
                                    .map(PeriodDerivation.Period::validFrom)
                                    .toList())
                    .update();
        }
        for (PeriodDerivation.Period p : added) {
            jdbc.sql(INSERT)
                    .param("member", p.memberId())
                    .param("unit", p.orgUnitId())
                    .param("status", p.status())
                    .param("from", p.validFrom())
                    .param("to", p.validTo())
                    .param("startKind", p.startKind())
                    .param("endKind", p.endKind())
                    .update();
        }
    }

    /** Re-derives the members whose history holds a reorganisation step into one of the units (merge, split). */
    int rederiveMovedInto(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        String members = "SELECT r.member_id FROM member_event r WHERE r.kind = 'UNIT_REORGANISED'"
                + " AND r.org_unit_id IN (:units)";
        jdbc.sql("DELETE FROM stat_period WHERE member_id IN (" + members + ")")
                .param("units", List.copyOf(unitIds))
                .update();
        return jdbc.sql(derivedInsert("e.member_id IN (" + members + ")"))
                .param("units", List.copyOf(unitIds))
                .update();
    }

    /**
     * Derives the periods of the members an import inserted, set-based: their history was written from their dates in
     * bulk (without a lifecycle event per member). Reads only those members, whatever the size of the import's subtree.
     */
    int deriveImported(java.util.UUID importId) {
        String members = "SELECT w.member_id FROM member_import_written w WHERE w.import_id = :importId AND w.inserted";
        return jdbc.sql(derivedInsert("e.member_id IN (" + members + ")"))
                .param("importId", importId)
                .update();
    }

    /** Rebuilds every period from the whole history, set-based; returns the number of periods. */
    int rebuildAll() {
        long upto = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM member_event")
                .query(Long.class)
                .single();
        int rows;
        if (postgres) {
            // in the caller's transaction: a reader waits for its commit and never sees half a table
            jdbc.sql("TRUNCATE stat_period").update();
            DROP_KEYS.forEach(sql -> jdbc.sql(sql).update());
            rows = jdbc.sql(derivedInsert("1 = 1")).update();
            MAKE_KEYS.forEach(sql -> jdbc.sql(sql).update());
            // planner statistics for the refilled table: without them a member's few periods were estimated at tens of
            // thousands of rows, and the dated totals' upkeep of a step turned a look-up into a scan
            // (docs/benchmarks.md)
            jdbc.sql("ANALYZE stat_period").update();
        } else {
            jdbc.sql("DELETE FROM stat_period").update();
            rows = jdbc.sql(derivedInsert("1 = 1")).update();
        }
        jdbc.sql("UPDATE stat_period_state SET stale = FALSE, events_upto = :upto, rebuilt_at = :now WHERE id = 1")
                .param("upto", upto)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return rows;
    }

    /**
     * Whether a full rebuild is due: marked stale, or history rows written since the last rebuild for members that
     * have no period at all (bulk writers such as the demo city and imports write events without the lifecycle).
     */
    boolean rebuildDue() {
        record State(boolean stale, long upto) {}
        State state = jdbc.sql("SELECT stale, events_upto FROM stat_period_state WHERE id = 1")
                .query((rs, n) -> new State(rs.getBoolean("stale"), rs.getLong("events_upto")))
                .single();
        if (state.stale()) {
            return true;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member_event e
                         WHERE e.id > :upto AND e.status_after IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')
                           AND NOT EXISTS (SELECT 1 FROM stat_period p WHERE p.member_id = e.member_id)""").param("upto", state.upto()).query(Long.class).single() > 0;
    }

    /** Marks the periods stale: the next start-up rebuilds them. */
    void markStale() {
        jdbc.sql("UPDATE stat_period_state SET stale = TRUE WHERE id = 1").update();
    }

    /**
     * {@link PeriodDerivation} as one statement: each current step's state lasts until the next step's date (LEAD);
     * a step replaced the same day leaves no period; a ceremony after a re-admission starts as READMITTED (LAG).
     */
    private static String derivedInsert(String memberCondition) {
        return """
                INSERT INTO stat_period (member_id, org_unit_id, status, valid_from, valid_to, start_kind, end_kind)
                SELECT member_id, org_unit_id, status_after, effective_date, next_date,
                       CASE WHEN kind = 'CEREMONY_HELD' AND previous_kind = 'READMITTED' THEN 'READMITTED'
                            ELSE kind END,
                       next_kind
                  FROM (SELECT e.member_id, e.org_unit_id, e.status_after, e.effective_date, e.kind,
                               LEAD(e.effective_date) OVER (PARTITION BY e.member_id ORDER BY e.effective_date, e.id)
                                   AS next_date,
                               LEAD(e.kind) OVER (PARTITION BY e.member_id ORDER BY e.effective_date, e.id)
                                   AS next_kind,
                               LAG(e.kind) OVER (PARTITION BY e.member_id ORDER BY e.effective_date, e.id)
                                   AS previous_kind
                          FROM member_event e
                         WHERE %s AND %s) t
                 WHERE status_after IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')
                   AND (next_date IS NULL OR next_date > effective_date)""".formatted(memberCondition, CURRENT_STEPS);
    }
}

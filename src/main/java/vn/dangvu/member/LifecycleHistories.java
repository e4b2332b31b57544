package vn.dangvu.member;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives records that were written in bulk without their steps (older registers, the demo city) a lifecycle history
 * derived from their dates: the admission decision, the ceremony, the recognition as official, and a {@code RECORDED}
 * step for a state the dates do not tell (a later state, or probation whose ceremony date the record lacks: from the
 * admission, so that the member counts from then). Members that already have steps are left alone. Runs in the caller's transaction.
 */
@Component
public class LifecycleHistories {

    /** Members with no steps (those this run writes aside, should the statement see its own rows). */
    private static final String WITHOUT_EVENTS =
            " AND NOT EXISTS (SELECT 1 FROM member_event e WHERE e.member_id = m.id"
                    + " AND NOT (e.recorded_by = 'system' AND e.recorded_at = :run))";

    private final JdbcClient jdbc;
    private final Clock clock;

    LifecycleHistories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the number of steps written */
    public int deriveFromDates() {
        return deriveFromDates("1 = 1", java.util.Map.of());
    }

    /**
     * The same for the members a condition on {@code m} (the member table) chooses.
     *
     * @return the number of steps written
     */
    public int deriveFromDates(String memberCondition, java.util.Map<String, ?> params) {
        // only the chosen members: a partial run must not scan (or, on a registry filled without it, rewrite) every row
        jdbc.sql("UPDATE member m SET first_admitted_on = admitted_on WHERE first_admitted_on IS NULL"
                        + " AND admitted_on IS NOT NULL AND (" + memberCondition + ")")
                .params(params)
                .update();
        return write("member m", WITHOUT_EVENTS + " AND (" + memberCondition + ")", params);
    }

    /**
     * The same for members written in bulk a moment ago, read from where they were written (an import's staging rows)
     * rather than from the member table: {@code newMembers} is a query with the member columns the derivation reads
     * ({@code id, org_unit_id, status, admitted_on, admission_decision_number, admission_decision_body, ceremony_date,
     * ceremony_place, official_on, official_place, ended_on, exempted_since, transit_since, created_at}). They have no
     * steps yet and their first admission is set, so neither is checked.
     *
     * @return the number of steps written
     */
    public int deriveForNewMembers(String newMembers, java.util.Map<String, ?> params) {
        return write("(" + newMembers + ") m", "", params);
    }

    /**
     * The steps the dates of the members of {@code from} (aliased {@code m}) tell, in one statement: each member read
     * once and its steps written together, in the order of the member's id (so that the index of a member's steps and
     * the member key checked for each step are walked in order rather than at random) and, for one member, in the
     * order of the steps (ids grow with them: the periods order same-day steps by id).
     */
    private int write(String from, String chosen, java.util.Map<String, ?> params) {
        Timestamp run = Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        return jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, decision_number, decision_body,
                               place, org_unit_id, status_before, status_after, recorded_at, recorded_by)
                        SELECT m.id, k.kind,
                               CASE k.n WHEN 1 THEN m.admitted_on WHEN 2 THEN m.ceremony_date WHEN 3 THEN m.official_on
                                    ELSE COALESCE(m.ended_on, m.exempted_since, m.transit_since,
                                         CASE WHEN m.status = 'PROBATIONARY' AND m.ceremony_date IS NULL
                                              THEN m.admitted_on END,
                                         CAST(m.created_at AS DATE)) END,
                               CASE WHEN k.n = 1 THEN m.admission_decision_number END,
                               CASE WHEN k.n = 1 THEN m.admission_decision_body END,
                               CASE k.n WHEN 2 THEN m.ceremony_place WHEN 3 THEN m.official_place END,
                               m.org_unit_id,
                               CASE k.n WHEN 2 THEN 'ADMITTED' WHEN 3 THEN 'PROBATIONARY' END,
                               CASE k.n WHEN 1 THEN 'ADMITTED' WHEN 2 THEN 'PROBATIONARY' WHEN 3 THEN 'OFFICIAL'
                                    ELSE m.status END,
                               CAST(:run AS TIMESTAMP WITH TIME ZONE), 'system'
                          FROM %s
                         CROSS JOIN (VALUES (1, 'ADMISSION_DECIDED'), (2, 'CEREMONY_HELD'), (3, 'OFFICIAL_RECOGNISED'),
                                            (4, 'RECORDED')) AS k (n, kind)
                         WHERE ((k.n = 1 AND m.admitted_on IS NOT NULL)
                                OR (k.n = 2 AND m.ceremony_date IS NOT NULL AND m.admitted_on IS NOT NULL)
                                OR (k.n = 3 AND m.official_on IS NOT NULL AND m.admitted_on IS NOT NULL)
                                OR (k.n = 4 AND (m.admitted_on IS NULL OR m.status NOT IN ('PROBATIONARY', 'OFFICIAL')
                                                 OR (m.status = 'OFFICIAL' AND m.official_on IS NULL)
                                                 OR (m.status = 'PROBATIONARY' AND m.ceremony_date IS NULL))))%s
                         ORDER BY m.id, k.n""".formatted(from, chosen))
                .param("run", run)
                .params(params)
                .update();
    }
}

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

    /** Members with no steps but those this run writes (all four statements choose the same members). */
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

    /** The steps the dates of the members of {@code from} (aliased {@code m}) tell, one statement per kind of step. */
    private int write(String from, String chosen, java.util.Map<String, ?> params) {
        Timestamp run = Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        int written = jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, decision_number, decision_body,
                               org_unit_id, status_after, recorded_at, recorded_by)
                        SELECT m.id, 'ADMISSION_DECIDED', m.admitted_on, m.admission_decision_number,
                               m.admission_decision_body, m.org_unit_id, 'ADMITTED', CAST(:run AS TIMESTAMP WITH TIME ZONE), 'system'
                          FROM %s WHERE m.admitted_on IS NOT NULL%s""".formatted(from, chosen))
                .param("run", run)
                .params(params)
                .update();
        written += jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, place, org_unit_id, status_before,
                               status_after, recorded_at, recorded_by)
                        SELECT m.id, 'CEREMONY_HELD', m.ceremony_date, m.ceremony_place, m.org_unit_id, 'ADMITTED',
                               'PROBATIONARY', CAST(:run AS TIMESTAMP WITH TIME ZONE), 'system'
                          FROM %s WHERE m.ceremony_date IS NOT NULL AND m.admitted_on IS NOT NULL%s""".formatted(from, chosen))
                .param("run", run)
                .params(params)
                .update();
        written += jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, place, org_unit_id, status_before,
                               status_after, recorded_at, recorded_by)
                        SELECT m.id, 'OFFICIAL_RECOGNISED', m.official_on, m.official_place, m.org_unit_id,
                               'PROBATIONARY', 'OFFICIAL', CAST(:run AS TIMESTAMP WITH TIME ZONE), 'system'
                          FROM %s WHERE m.official_on IS NOT NULL AND m.admitted_on IS NOT NULL%s""".formatted(from, chosen))
                .param("run", run)
                .params(params)
                .update();
        written += jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, org_unit_id, status_after,
                               recorded_at, recorded_by)
                        SELECT m.id, 'RECORDED', COALESCE(m.ended_on, m.exempted_since, m.transit_since,
                               CASE WHEN m.status = 'PROBATIONARY' AND m.ceremony_date IS NULL THEN m.admitted_on END,
                               CAST(m.created_at AS DATE)), m.org_unit_id, m.status, CAST(:run AS TIMESTAMP WITH TIME ZONE), 'system'
                          FROM %s
                         WHERE (m.admitted_on IS NULL OR m.status NOT IN ('PROBATIONARY', 'OFFICIAL')
                                OR (m.status = 'OFFICIAL' AND m.official_on IS NULL)
                                OR (m.status = 'PROBATIONARY' AND m.ceremony_date IS NULL))%s""".formatted(from, chosen))
                .param("run", run)
                .params(params)
                .update();
        return written;
    }
}

package vn.dangvu.demo.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangvu.member.LifecycleProjection;
import vn.dangvu.member.LifecycleReplay;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.shared.persistence.CsvCopy;

/**
 * Batched inserts of the demo city's rows into the tables of org, member (with the lifecycle's events) and security (the documented exception of
 * this module: the facades write one row at a time, far too slowly for 500,000 members).
 */
final class DemoWriter {

    /** An account row; {@code memberId} is null for staff who are not members in the demo. */
    record Account(UUID id, String username, @Nullable UUID memberId, String displayName) {}

    /** A role over a subtree. */
    record Grant(UUID id, UUID accountId, String role, long orgUnitId) {}

    /** Rows per JDBC batch. */
    static final int BATCH = 1_000;

    /** Event rows per multi-row insert (20 parameters each, well under the drivers' limit of 32,767). */
    static final int EVENTS_PER_STATEMENT = 200;

    static final int EVENT_STATEMENTS_PER_BATCH = 20;

    private static final List<String> EVENT_COLUMNS = List.of(
            "member_id",
            "kind",
            "effective_date",
            "decision_number",
            "decision_date",
            "decision_body",
            "org_unit_id",
            "status_before",
            "status_after",
            "target_org_unit_id",
            "destination",
            "place",
            "until_date",
            "ground",
            "late",
            "late_reason",
            "note",
            "details",
            "state_before",
            "recorded_at",
            "recorded_by");

    private final JdbcTemplate jdbc;
    private final Timestamp createdAt;

    DemoWriter(JdbcTemplate jdbc, Timestamp createdAt) {
        this.jdbc = jdbc;
        this.createdAt = createdAt;
    }

    void units(List<DemoTree.Unit> units) {
        jdbc.batchUpdate("""
                INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at,
                                      updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, units, BATCH, (ps, unit) -> {
            ps.setLong(1, unit.id());
            ps.setLong(2, unit.parentId());
            ps.setString(3, unit.kind().name());
            ps.setString(4, unit.code());
            ps.setString(5, unit.name());
            ps.setString(6, unit.searchName());
            ps.setString(7, unit.path());
            ps.setInt(8, unit.depth());
            ps.setTimestamp(9, createdAt);
            ps.setTimestamp(10, createdAt);
        });
    }

    /** Makes the next unit created through the application get an id after the demo's. */
    void restartUnitIds(long next) {
        jdbc.execute("ALTER TABLE org_unit ALTER COLUMN id RESTART WITH " + next);
    }

    /**
     * Member rows: the drawn identity and profile, and the lifecycle columns as the replayed history projects them
     * (status, cell, admission and the columns of the lifecycle).
     */
    void members(List<DemoHistories.Life> lives) {
        jdbc.batchUpdate("""
                INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status,
                                    admitted_on, official_on, card_number, citizen_id, phone, version, created_at,
                                    updated_at, birth_name, birth_place, home_town, permanent_address,
                                    temporary_address, religion, occupation, general_education, professional_level,
                                    academic_title, theory_level, history_number, email, admission_decision_number,
                                    admission_decision_body, ceremony_date, ceremony_place, official_place, workplace,
                                    course_certificate_on, sympathiser_on, proposed_on, first_admitted_on,
                                    transit_to_org_unit_id, transit_destination, transit_since, transit_return_status,
                                    temporary_org_unit_id, temporary_destination, temporary_until, abroad_destination,
                                    abroad_until, exempted_since, suspended_since, ended_on, ended_ground, readmitted_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, lives, BATCH, (ps, life) -> {
            DemoMembers.Row row = life.row();
            LifecycleProjection s = life.history().projection();
            DemoProfiles.Profile p = row.profile();
            ps.setObject(1, row.id());
            ps.setLong(2, s.orgUnitId());
            ps.setString(3, row.fullName());
            ps.setString(4, DemoMembers.searchName(row));
            ps.setString(5, DemoMembers.sortKey(row));
            ps.setString(6, row.sex());
            ps.setDate(7, Date.valueOf(row.birthDate()));
            ps.setString(8, row.ethnicity().name());
            ps.setString(9, s.status().name());
            date(ps, 10, s.admittedOn());
            date(ps, 11, s.officialOn());
            ps.setString(12, life.cardNumber());
            ps.setString(13, row.citizenId());
            ps.setString(14, row.phone());
            ps.setTimestamp(15, createdAt);
            ps.setTimestamp(16, createdAt);
            ps.setString(17, row.fullName());
            ps.setString(18, p.birthPlace());
            ps.setString(19, p.homeTown());
            ps.setString(20, p.permanentAddress());
            ps.setString(21, p.temporaryAddress());
            ps.setString(22, p.religion().name());
            ps.setString(23, p.occupation());
            ps.setString(24, p.generalEducation());
            ps.setString(25, p.professionalLevel().name());
            ps.setString(26, p.academicTitle().name());
            ps.setString(27, p.theoryLevel().name());
            ps.setString(28, p.historyNumber());
            ps.setString(29, p.email());
            ps.setString(30, s.admissionDecisionNumber());
            ps.setString(31, s.admissionDecisionBody());
            date(ps, 32, s.ceremonyDate());
            ps.setString(33, s.ceremonyPlace());
            ps.setString(34, s.officialPlace());
            ps.setString(35, p.workplace());
            date(ps, 36, s.courseCertificateOn());
            date(ps, 37, s.sympathiserOn());
            date(ps, 38, s.proposedOn());
            date(ps, 39, s.firstAdmittedOn());
            id(ps, 40, s.transitToOrgUnitId());
            ps.setString(41, s.transitDestination());
            date(ps, 42, s.transitSince());
            ps.setString(
                    43,
                    s.transitReturnStatus() == null
                            ? null
                            : s.transitReturnStatus().name());
            id(ps, 44, s.temporaryOrgUnitId());
            ps.setString(45, s.temporaryDestination());
            date(ps, 46, s.temporaryUntil());
            ps.setString(47, s.abroadDestination());
            date(ps, 48, s.abroadUntil());
            date(ps, 49, s.exemptedSince());
            date(ps, 50, s.suspendedSince());
            date(ps, 51, s.endedOn());
            ps.setString(52, s.endedGround());
            date(ps, 53, s.readmittedOn());
        });
    }

    /**
     * The replayed steps of each life as {@code member_event} rows, in order (the ids follow it), recorded by the
     * system on their effective day (never after the generation's own time). A late reason is kept only on a step the
     * policy found late.
     */
    void events(List<DemoHistories.Life> lives, ZoneId zone) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoHistories.Life life : lives) {
            for (LifecycleReplay.Step step : life.history().steps()) {
                RecordLifecycleEvent e = step.step();
                Timestamp recorded = Timestamp.from(
                        step.effectiveDate().atTime(9, 0).atZone(zone).toInstant());
                rows.add(new Object[] {
                    life.row().id(),
                    e.kind().name(),
                    Date.valueOf(step.effectiveDate()),
                    e.decisionNumber(),
                    e.decisionDate() == null ? null : Date.valueOf(e.decisionDate()),
                    e.decisionBody(),
                    step.orgUnitId(),
                    step.statusBefore().name(),
                    step.statusAfter().name(),
                    e.targetOrgUnitId(),
                    e.destination(),
                    e.place(),
                    e.untilDate() == null ? null : Date.valueOf(e.untilDate()),
                    e.ground() == null ? null : e.ground().name(),
                    step.late(),
                    step.late() ? e.lateReason() : null,
                    e.note(),
                    step.details(),
                    step.stateBefore(),
                    recorded.after(createdAt) ? createdAt : recorded
                });
            }
        }
        if (copied(rows)) {
            return;
        }
        for (int from = 0; from < rows.size(); from += EVENTS_PER_STATEMENT * EVENT_STATEMENTS_PER_BATCH) {
            List<List<Object[]>> statements = new ArrayList<>();
            int to = Math.min(rows.size(), from + EVENTS_PER_STATEMENT * EVENT_STATEMENTS_PER_BATCH);
            for (int start = from; start < to; start += EVENTS_PER_STATEMENT) {
                statements.add(rows.subList(start, Math.min(to, start + EVENTS_PER_STATEMENT)));
            }
            List<List<Object[]>> full = statements.stream()
                    .filter(st -> st.size() == EVENTS_PER_STATEMENT)
                    .toList();
            List<List<Object[]>> rest = statements.stream()
                    .filter(st -> st.size() < EVENTS_PER_STATEMENT)
                    .toList();
            if (!full.isEmpty()) {
                jdbc.batchUpdate(eventInsert(EVENTS_PER_STATEMENT), full, full.size(), DemoWriter::setEvents);
            }
            for (List<Object[]> st : rest) {
                jdbc.batchUpdate(eventInsert(st.size()), List.of(st), 1, DemoWriter::setEvents);
            }
        }
    }

    /** The event rows by COPY where the database is PostgreSQL (HANOI: 4.5 million rows); false elsewhere. */
    private boolean copied(List<Object[]> rows) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Optional<CsvCopy> copy = CsvCopy.open(connection, "member_event", EVENT_COLUMNS);
            if (copy.isEmpty()) {
                return false;
            }
            try (CsvCopy events = copy.get()) {
                for (Object[] row : rows) {
                    List<@Nullable Object> values = new ArrayList<>(Arrays.asList(row));
                    values.add("system");
                    events.row(values);
                }
            }
            return true;
        }));
    }

    /** An insert of {@code n} event rows in one statement (far fewer round trips than one row each). */
    private static String eventInsert(int n) {
        String values = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'system')";
        return "INSERT INTO member_event (" + String.join(", ", EVENT_COLUMNS) + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(n, values));
    }

    private static void setEvents(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        int i = 0;
        for (Object[] r : rows) {
            ps.setObject(i + 1, r[0]);
            ps.setString(i + 2, (String) r[1]);
            ps.setDate(i + 3, (Date) r[2]);
            ps.setString(i + 4, (String) r[3]);
            ps.setDate(i + 5, (Date) r[4]);
            ps.setString(i + 6, (String) r[5]);
            ps.setLong(i + 7, (Long) r[6]);
            ps.setString(i + 8, (String) r[7]);
            ps.setString(i + 9, (String) r[8]);
            id(ps, i + 10, (Long) r[9]);
            ps.setString(i + 11, (String) r[10]);
            ps.setString(i + 12, (String) r[11]);
            ps.setDate(i + 13, (Date) r[12]);
            ps.setString(i + 14, (String) r[13]);
            ps.setBoolean(i + 15, (Boolean) r[14]);
            ps.setString(i + 16, (String) r[15]);
            ps.setString(i + 17, (String) r[16]);
            ps.setString(i + 18, (String) r[17]);
            ps.setString(i + 19, (String) r[18]);
            ps.setTimestamp(i + 20, (Timestamp) r[19]);
            i += 20;
        }
    }

    private static void date(PreparedStatement ps, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static void id(PreparedStatement ps, int index, @Nullable Long id) throws SQLException {
        if (id == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, id);
        }
    }

    void accounts(List<Account> accounts, String passwordHash) {
        jdbc.batchUpdate("""
                INSERT INTO account (id, username, member_id, display_name, password_hash, enabled, failed_attempts,
                                     totp_enabled, password_changed_at, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, TRUE, 0, FALSE, ?, 0, ?, ?)
                """, accounts, BATCH, (ps, account) -> {
            ps.setObject(1, account.id());
            ps.setString(2, account.username());
            if (account.memberId() == null) {
                ps.setNull(3, Types.OTHER);
            } else {
                ps.setObject(3, account.memberId());
            }
            ps.setString(4, account.displayName());
            ps.setString(5, passwordHash);
            ps.setTimestamp(6, createdAt);
            ps.setTimestamp(7, createdAt);
            ps.setTimestamp(8, createdAt);
        });
    }

    void grants(List<Grant> grants) {
        jdbc.batchUpdate(
                "INSERT INTO account_role (id, account_id, role, org_unit_id) VALUES (?, ?, ?, ?)",
                grants,
                BATCH,
                (ps, grant) -> {
                    ps.setObject(1, grant.id());
                    ps.setObject(2, grant.accountId());
                    ps.setString(3, grant.role());
                    ps.setLong(4, grant.orgUnitId());
                });
    }

    void setting(String name, String value) {
        jdbc.update("DELETE FROM app_setting WHERE name = ?", name);
        jdbc.update("INSERT INTO app_setting (name, setting_value) VALUES (?, ?)", name, value);
    }
}

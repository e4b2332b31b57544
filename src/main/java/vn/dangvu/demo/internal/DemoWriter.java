package vn.dangvu.demo.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Batched inserts of the demo city's rows into the tables of org, member and security (the documented exception of
 * this module: the facades write one row at a time, far too slowly for 500,000 members).
 */
final class DemoWriter {

    /** An account row; {@code memberId} is null for staff who are not members in the demo. */
    record Account(UUID id, String username, @Nullable UUID memberId, String displayName) {}

    /** A role over a subtree. */
    record Grant(UUID id, UUID accountId, String role, long orgUnitId) {}

    /** Rows per JDBC batch. */
    static final int BATCH = 1_000;

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

    void members(List<DemoMembers.Row> rows) {
        jdbc.batchUpdate("""
                INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status,
                                    admitted_on, official_on, card_number, citizen_id, phone, version, created_at,
                                    updated_at, birth_name, birth_place, home_town, permanent_address,
                                    temporary_address, religion, occupation, general_education, professional_level,
                                    academic_title, theory_level, history_number, email, admission_decision_number,
                                    admission_decision_body, ceremony_date, ceremony_place, official_place, workplace)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?)
                """, rows, BATCH, (ps, row) -> {
            ps.setObject(1, row.id());
            ps.setLong(2, row.cellId());
            ps.setString(3, row.fullName());
            ps.setString(4, DemoMembers.searchName(row));
            ps.setString(5, DemoMembers.sortKey(row));
            ps.setString(6, row.sex());
            ps.setDate(7, Date.valueOf(row.birthDate()));
            ps.setString(8, row.ethnicity().name());
            ps.setString(9, row.status().name());
            ps.setDate(10, Date.valueOf(row.admittedOn()));
            if (row.officialOn() == null) {
                ps.setNull(11, Types.DATE);
            } else {
                ps.setDate(11, Date.valueOf(row.officialOn()));
            }
            ps.setString(12, row.cardNumber());
            ps.setString(13, row.citizenId());
            ps.setString(14, row.phone());
            ps.setTimestamp(15, createdAt);
            ps.setTimestamp(16, createdAt);
            DemoProfiles.Profile p = row.profile();
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
            ps.setString(30, p.admissionDecisionNumber());
            ps.setString(31, p.admissionDecisionBody());
            ps.setDate(32, Date.valueOf(p.ceremonyDate()));
            ps.setString(33, p.ceremonyPlace());
            ps.setString(34, p.officialPlace());
            ps.setString(35, p.workplace());
        });
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

package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.support.PlatformTestBase;

/**
 * A step of the history names a member, a unit, possibly a transfer's target and the step it corrects, and each must
 * exist for as long as the step does. On the embedded database foreign keys keep this; on PostgreSQL the history
 * checks its references once per statement (V133: a 500,000-member import writes 1.5 M steps at once), and triggers
 * refuse deleting a member or unit that history names. Both refuse with a referential integrity violation (23503) that names the key. Every case
 * runs in a transaction that is rolled back, so a check that failed to refuse leaves nothing behind.
 */
abstract class HistoryReferenceScenarios extends PlatformTestBase {

    private static final String STEP = """
            INSERT INTO member_event (member_id, kind, effective_date, org_unit_id, target_org_unit_id, supersedes_id,
                                      status_after, recorded_at, recorded_by)
            VALUES (:member, 'RECORDED', DATE '2026-01-05', :unit, :target, :supersedes, 'OFFICIAL',
                    TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+07', 'test')""";

    @Autowired
    PlatformTransactionManager transactions;

    private record Named(UUID member, long unit, long step) {}

    @Test
    void aStepNamingAMissingMemberUnitTargetOrStepIsRefusedAndNothingIsWritten() {
        Named existing = existing();
        long before = steps();
        assertRefused(() -> step(UUID.randomUUID(), existing.unit(), null, null), "member_event_member_id_fkey");
        assertRefused(() -> step(existing.member(), -7L, null, null), "member_event_org_unit_id_fkey");
        assertRefused(
                () -> step(existing.member(), existing.unit(), -7L, null), "member_event_target_org_unit_id_fkey");
        assertRefused(() -> step(existing.member(), existing.unit(), null, -7L), "member_event_supersedes_id_fkey");
        assertThat(steps()).isEqualTo(before);
    }

    @Test
    void stepsNamingWhatExistsAreWrittenManyAtOnce() {
        Named existing = existing();
        rolledBack(() -> {
            long before = steps();
            int written = jdbc.sql("""
                            INSERT INTO member_event (member_id, kind, effective_date, org_unit_id, status_after,
                                                      recorded_at, recorded_by, supersedes_id, target_org_unit_id)
                            SELECT m.id, 'RECORDED', DATE '2026-01-05', m.org_unit_id, m.status,
                                   TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+07', 'test', :step, :unit
                              FROM member m""")
                    .param("step", existing.step())
                    .param("unit", existing.unit())
                    .update();
            assertThat(written).isGreaterThan(100);
            assertThat(steps()).isEqualTo(before + written);
        });
    }

    @Test
    void aMemberOrUnitThatHistoryNamesIsNotDeleted() {
        // a unit and a member that nothing else names, each named by one step
        long unit = 987_654_321L;
        UUID member = UUID.randomUUID();
        Runnable named = () -> {
            jdbc.sql("""
                            INSERT INTO org_unit (id, kind, code, name, search_name, path, depth, version, created_at,
                                                  updated_at)
                            VALUES (:id, 'CELL', 'HISTORY-REF', 'Chi bộ thử', 'chi bo thu', '/987654321/', 0, 0,
                                    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param("id", unit).update();
            jdbc.sql("""
                            INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                                ethnicity, status, created_at, updated_at)
                            VALUES (:id, :unit, 'Nguyễn Văn Thử', 'nguyen van thu', 'thu nguyen van', 'M',
                                    DATE '1990-01-01', 'KINH', 'OFFICIAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param("id", member).param("unit", unit).update();
        };
        Named existing = existing();
        assertRefused(
                () -> {
                    named.run();
                    step(member, existing.unit(), null, null);
                    jdbc.sql("DELETE FROM member WHERE id = :id")
                            .param("id", member)
                            .update();
                },
                "member_event_member_id_fkey");
        // the new member moves out of the unit, and a step names the unit as its unit, then as a transfer's target
        for (boolean asTarget : new boolean[] {false, true}) {
            assertRefused(
                    () -> {
                        named.run();
                        jdbc.sql("UPDATE member SET org_unit_id = :unit WHERE id = :id")
                                .param("unit", existing.unit())
                                .param("id", member)
                                .update();
                        step(existing.member(), asTarget ? existing.unit() : unit, asTarget ? unit : null, null);
                        jdbc.sql("DELETE FROM org_unit WHERE id = :id")
                                .param("id", unit)
                                .update();
                    },
                    asTarget ? "member_event_target_org_unit_id_fkey" : "member_event_org_unit_id_fkey");
        }
        // and without the step, the same deletes pass: the refusals above are the history's
        rolledBack(() -> {
            named.run();
            assertThat(jdbc.sql("DELETE FROM member WHERE id = :id")
                            .param("id", member)
                            .update())
                    .isEqualTo(1);
            assertThat(jdbc.sql("DELETE FROM org_unit WHERE id = :id")
                            .param("id", unit)
                            .update())
                    .isEqualTo(1);
        });
    }

    /**
     * A member's unit must exist too, and a unit with members is not deleted: on PostgreSQL checked once per statement
     * (V136, as for the history), by a foreign key on the embedded database.
     */
    @Test
    void aMemberInAMissingUnitIsRefusedAndAUnitWithMembersIsNotDeleted() {
        Named existing = existing();
        long before = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        assertRefusedFor(
                "member", () -> jdbc.sql("""
                                INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                                    ethnicity, status, created_at, updated_at)
                                VALUES (:id, -7, 'Nguyễn Văn Thử', 'nguyen van thu', 'thu nguyen van', 'M',
                                        DATE '1990-01-01', 'KINH', 'OFFICIAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param("id", UUID.randomUUID()).update(), "member_org_unit_id_fkey");
        assertRefusedFor(
                "member",
                () -> jdbc.sql("UPDATE member SET org_unit_id = -7 WHERE id = :id")
                        .param("id", existing.member())
                        .update(),
                "member_org_unit_id_fkey");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single())
                .isEqualTo(before);
        // a unit that no step names, with one member in it
        long unit = 987_654_322L;
        assertRefusedFor(
                "member",
                () -> {
                    jdbc.sql("""
                                    INSERT INTO org_unit (id, kind, code, name, search_name, path, depth, version,
                                                          created_at, updated_at)
                                    VALUES (:id, 'CELL', 'MEMBER-REF', 'Chi bộ thử', 'chi bo thu', '/987654322/', 0, 0,
                                            CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param("id", unit).update();
                    jdbc.sql("UPDATE member SET org_unit_id = :unit WHERE id = :id")
                            .param("unit", unit)
                            .param("id", existing.member())
                            .update();
                    jdbc.sql("DELETE FROM org_unit WHERE id = :id")
                            .param("id", unit)
                            .update();
                },
                "member_org_unit_id_fkey");
    }

    private Named existing() {
        return jdbc.sql("SELECT member_id, org_unit_id, id FROM member_event ORDER BY id LIMIT 1")
                .query((rs, n) -> new Named(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private void step(UUID member, long unit, Long target, Long supersedes) {
        jdbc.sql(STEP)
                .param("member", member)
                .param("unit", unit)
                .param("target", target, java.sql.Types.BIGINT)
                .param("supersedes", supersedes, java.sql.Types.BIGINT)
                .update();
    }

    private long steps() {
        return jdbc.sql("SELECT COUNT(*) FROM member_event").query(Long.class).single();
    }

    /** Refused by the named key of the history. */
    private void assertRefused(Runnable write, String constraint) {
        assertRefusedFor("member_event", write, constraint);
    }

    /**
     * Refused by the named key of {@code table}: PostgreSQL names the constraint, H2 the table and the column (its
     * names are generated).
     */
    private void assertRefusedFor(String table, Runnable write, String constraint) {
        String column = constraint.substring(table.length() + 1, constraint.length() - "_fkey".length());
        assertThatThrownBy(() -> rolledBack(write))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .containsAnyOf(constraint, "public." + table + " FOREIGN KEY(" + column + ")"));
    }

    private void rolledBack(Runnable work) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}

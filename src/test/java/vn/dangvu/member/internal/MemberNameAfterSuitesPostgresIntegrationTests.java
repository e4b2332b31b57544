package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.support.OnPostgres;
import vn.dangvu.support.PlatformTestBase;

/**
 * After the PostgreSQL suites (the demo load, registrations, imports, reorganisations, record edits), the narrow name
 * table of the "contains" search (V121, kept by triggers) holds exactly each member's names and unit.
 */
@OnPostgres
@Order(Integer.MAX_VALUE - 1)
class MemberNameAfterSuitesPostgresIntegrationTests extends PlatformTestBase {

    /** Members whose row in member_name is missing, left over or different. */
    static long differences(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member m FULL JOIN member_name n ON n.id = m.id
                         WHERE m.id IS NULL OR n.id IS NULL OR m.sort_key <> n.sort_key
                            OR m.search_name <> n.search_name OR m.org_unit_id <> n.org_unit_id""").query(Long.class).single();
    }

    @Test
    void everyMemberHasItsNamesAndUnitInTheNameTable() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_name")
                        .query(Long.class)
                        .single())
                .isGreaterThan(1_000);
        assertThat(differences(jdbc)).isZero();
    }
}

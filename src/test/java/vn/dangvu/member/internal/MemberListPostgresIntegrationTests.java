package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.support.OnPostgres;

/** {@link MemberListScenarios} on PostgreSQL, and the narrow name table its "contains" search reads. */
@OnPostgres
class MemberListPostgresIntegrationTests extends MemberListScenarios {

    @Autowired
    private PlatformTransactionManager transactions;

    /** A change of names and unit is copied by the trigger (in a transaction rolled back after). */
    @Test
    void theNarrowNameTableFollowsANameAndUnitChange() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            changeNamesAndUnit();
            tx.setRollbackOnly();
        });
    }

    private void changeNamesAndUnit() {
        UUID id = jdbc.sql("SELECT id FROM member ORDER BY id LIMIT 1")
                .query(UUID.class)
                .single();
        long otherUnit = jdbc.sql("SELECT MAX(org_unit_id) FROM member")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        UPDATE member SET search_name = 'zzz thu nghiem', sort_key = 'zzz', org_unit_id = :u
                         WHERE id = :id""").param("u", otherUnit).param("id", id).update();
        assertThat(jdbc.sql(
                                "SELECT search_name || '|' || sort_key || '|' || org_unit_id FROM member_name WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("zzz thu nghiem|zzz|" + otherUnit);
        assertThat(MemberNameAfterSuitesPostgresIntegrationTests.differences(jdbc))
                .isZero();
    }
}

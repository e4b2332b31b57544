package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.support.OnPostgres;
import vn.dangvu.support.PlatformTestBase;

/**
 * On PostgreSQL the index of steps by kind holds only the kinds looked up by kind (V134). A kind queried by kind but
 * missing from the index's condition would be found by reading the whole history (47 M steps nationally): the kinds
 * the queries name must be the index's, and the planner must be able to answer them from it.
 */
@OnPostgres
class KindIndexPostgresIntegrationTests extends PlatformTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    private static List<String> queried() {
        List<String> kinds = new ArrayList<>(MembershipAgeQueries.STEP_KINDS);
        kinds.add("UNIT_REORGANISED"); // StatPeriods.rederiveMovedInto
        return kinds;
    }

    @Test
    void theIndexHoldsEveryKindTheQueriesLookUpByKind() {
        String condition = jdbc.sql("""
                        SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i
                          JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'member_event_kind_date_idx'""").query(String.class).single();
        assertThat(condition)
                .contains(queried().stream().map(k -> "'" + k + "'").toList());
    }

    @Test
    void eachLookUpByKindCanBeAnsweredFromTheIndex() {
        for (String kinds : List.of(
                queried().stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ")),
                "'REMOVED', 'EXPELLED', 'LEFT'",
                "'UNIT_REORGANISED'")) {
            assertThat(plan("SELECT g.member_id FROM member_event g WHERE g.kind IN (" + kinds + ")"))
                    .as(kinds)
                    .contains("member_event_kind_date_idx");
        }
        // the admission pipeline's steps are not in it
        assertThat(plan("SELECT g.member_id FROM member_event g WHERE g.kind = 'ADMISSION_DECIDED'"))
                .doesNotContain("member_event_kind_date_idx");
    }

    /** The plan the planner makes when it may not read the whole table. */
    private String plan(String query) {
        return new TransactionTemplate(transactions).execute(tx -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return String.join(
                    "\n", jdbc.sql("EXPLAIN " + query).query(String.class).list());
        });
    }
}

package vn.dangvu.report.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row of the dated totals as text, in order, with the periods they hold and the members still noted: what a
 * comparison of two states of them reads.
 */
final class DatedTotalRows {

    private DatedTotalRows() {}

    static List<String> of(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT anchor_id || ' ' || on_day || ' ' || dim || ' ' || bucket || ' ' || delta FROM stat_dated_day
                        UNION ALL
                        SELECT anchor_id || ' ' || in_year || ' ' || dim || ' ' || bucket || ' ' || delta FROM stat_dated_year
                        UNION ALL
                        SELECT 'period ' || member_id || ' ' || org_unit_id || ' ' || status || ' ' || valid_from || ' '
                               || COALESCE(CAST(valid_to AS VARCHAR(10)), '-') FROM stat_dated_period
                        UNION ALL
                        SELECT 'noted ' || member_id FROM stat_dated_pending
                         ORDER BY 1""").query(String.class).list();
    }
}

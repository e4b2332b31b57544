package vn.dangvu.report.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every row of the dated totals as text, in order: what a comparison of two states of them reads. */
final class DatedTotalRows {

    private DatedTotalRows() {}

    static List<String> of(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT anchor_id || ' ' || on_day || ' ' || dim || ' ' || bucket || ' ' || delta FROM stat_dated_day
                        UNION ALL
                        SELECT anchor_id || ' ' || in_year || ' ' || dim || ' ' || bucket || ' ' || delta FROM stat_dated_year
                         ORDER BY 1""").query(String.class).list();
    }
}

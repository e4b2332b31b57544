package vn.dangvu.calendar.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangvu.calendar.AdjustmentKind;
import vn.dangvu.calendar.HolidayAdjustment;

/** The rows of {@code holiday_adjustment}. The table stays small (a few rows a year), so reads load it whole. */
@Repository
public class HolidayAdjustmentStore {

    private final JdbcClient jdbc;

    public HolidayAdjustmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HolidayAdjustment> all() {
        return jdbc.sql("""
                        SELECT adjusted_date, kind, reason, created_by, created_at
                          FROM holiday_adjustment ORDER BY adjusted_date""")
                .query((rs, n) -> new HolidayAdjustment(
                        rs.getObject("adjusted_date", LocalDate.class),
                        AdjustmentKind.valueOf(rs.getString("kind")),
                        rs.getString("reason"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public boolean exists(LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM holiday_adjustment WHERE adjusted_date = :d")
                        .param("d", date)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(HolidayAdjustment adjustment) {
        jdbc.sql("""
                        INSERT INTO holiday_adjustment (adjusted_date, kind, reason, created_by, created_at)
                        VALUES (:date, :kind, :reason, :by, :at)""")
                .param("date", adjustment.date())
                .param("kind", adjustment.kind().name())
                .param("reason", adjustment.reason())
                .param("by", adjustment.createdBy())
                .param("at", Timestamp.from(adjustment.createdAt()))
                .update();
    }

    public int delete(LocalDate date) {
        return jdbc.sql("DELETE FROM holiday_adjustment WHERE adjusted_date = :d")
                .param("d", date)
                .update();
    }
}

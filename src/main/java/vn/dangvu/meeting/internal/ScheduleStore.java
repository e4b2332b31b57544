package vn.dangvu.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.ScheduleView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code meeting_schedule} rows. */
@Component
public class ScheduleStore {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    ScheduleStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    public List<ScheduleView> list(OrgScope scope, @org.jspecify.annotations.Nullable Long cellId) {
        SqlFragment within = orgUnits.unitWithin("org_unit_id", scope, "s");
        return jdbc.sql("SELECT * FROM meeting_schedule WHERE " + within.sql()
                        + (cellId == null ? "" : " AND org_unit_id = :cell") + " ORDER BY org_unit_id, id")
                .params(within.params())
                .params(cellId == null ? java.util.Map.of() : java.util.Map.of("cell", cellId))
                .query(ScheduleStore::row)
                .list();
    }

    public ScheduleView require(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("org_unit_id", scope, "s");
        return jdbc.sql("SELECT * FROM meeting_schedule WHERE id = :id AND " + within.sql())
                .params(within.params())
                .param("id", id)
                .query(ScheduleStore::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("meeting.schedule.not-found", id));
    }

    public void insert(ScheduleView s, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO meeting_schedule (id, org_unit_id, kind, title, day_of_month, week_of_month,
                               day_of_week, start_time, place, active, version, created_at, created_by)
                        VALUES (:id, :unit, :kind, :title, :dom, :wom, :dow, :time, :place, :active, 0, :now, :by)""")
                .param("id", s.id())
                .param("unit", s.orgUnitId())
                .param("kind", s.kind().name())
                .param("title", s.title())
                .param("dom", s.dayOfMonth())
                .param("wom", s.weekOfMonth())
                .param("dow", s.dayOfWeek())
                .param("time", Time.valueOf(s.startTime()))
                .param("place", s.place())
                .param("active", s.active())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public void update(ScheduleView s, long expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE meeting_schedule SET kind = :kind, title = :title, day_of_month = :dom,
                               week_of_month = :wom, day_of_week = :dow, start_time = :time, place = :place,
                               active = :active, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("kind", s.kind().name())
                .param("title", s.title())
                .param("dom", s.dayOfMonth())
                .param("wom", s.weekOfMonth())
                .param("dow", s.dayOfWeek())
                .param("time", Time.valueOf(s.startTime()))
                .param("place", s.place())
                .param("active", s.active())
                .param("id", s.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public void delete(UUID id, long expectedVersion) {
        jdbc.sql("UPDATE meeting SET schedule_id = NULL WHERE schedule_id = :id")
                .param("id", id)
                .update();
        int deleted = jdbc.sql("DELETE FROM meeting_schedule WHERE id = :id AND version = :version")
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (deleted == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    /** Whether the schedule already generated a meeting starting then. */
    public boolean generated(UUID scheduleId, Instant start) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE schedule_id = :id AND planned_start = :start")
                        .param("id", scheduleId)
                        .param("start", Timestamp.from(start))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static ScheduleView row(ResultSet rs, int n) throws SQLException {
        return new ScheduleView(
                rs.getObject("id", UUID.class),
                rs.getLong("org_unit_id"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                (Integer) rs.getObject("day_of_month", Integer.class),
                (Integer) rs.getObject("week_of_month", Integer.class),
                (Integer) rs.getObject("day_of_week", Integer.class),
                rs.getTime("start_time").toLocalTime(),
                rs.getString("place"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}

package vn.dangvu.petition.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.petition.ReceptionDay;

/** The {@code petition_reception_day} rows. */
@Component
public class ReceptionDayStore {

    private final JdbcClient jdbc;

    ReceptionDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ReceptionDay day, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO petition_reception_day (id, org_unit_id, held_on, head_name, head_title,
                               head_member_id, citizens_received, notes, created_at, created_by)
                        VALUES (:id, :unit, :held, :name, :title, :member, :citizens, :notes, :now, :by)""")
                .param("id", day.id())
                .param("unit", day.orgUnitId())
                .param("held", Date.valueOf(day.heldOn()))
                .param("name", day.headName())
                .param("title", day.headTitle())
                .param("member", day.headMemberId())
                .param("citizens", day.citizensReceived())
                .param("notes", day.notes())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }
}

package vn.dangvu.handbook.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.handbook.Notification;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/** A member's notifications: newest first, unread count, marking as read. Every query names the member. */
@Component
class NotificationQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    PageResult<Notification> list(UUID memberId, Paging paging) {
        List<Notification> rows = jdbc.sql("""
                        SELECT id, kind, title, body, link, created_at, read_at
                          FROM handbook_notification
                         WHERE member_id = :member
                         ORDER BY created_at DESC, id
                         LIMIT :limit OFFSET :offset
                        """)
                .param("member", memberId)
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query((rs, n) -> new Notification(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM handbook_notification WHERE member_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    long unread(UUID memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM handbook_notification WHERE member_id = :member AND read_at IS NULL")
                .param("member", memberId)
                .query(Long.class)
                .single();
    }

    /** Marks one of the member's notifications read; {@code false} when the member has no such notification. */
    boolean markRead(UUID memberId, UUID id) {
        int found = jdbc.sql("SELECT COUNT(*) FROM handbook_notification WHERE id = :id AND member_id = :member")
                .param("id", id)
                .param("member", memberId)
                .query(Integer.class)
                .single();
        if (found == 0) {
            return false;
        }
        jdbc.sql("""
                        UPDATE handbook_notification SET read_at = :now
                         WHERE id = :id AND member_id = :member AND read_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("member", memberId)
                .update();
        return true;
    }

    int markAllRead(UUID memberId) {
        return jdbc.sql("""
                        UPDATE handbook_notification SET read_at = :now
                         WHERE member_id = :member AND read_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("member", memberId)
                .update();
    }
}

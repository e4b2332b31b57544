package vn.dangvu.handbook.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.MemberNotifications;

/** Writes the members' notifications, one row per member, in the caller's transaction; e-mail follows the commit. */
@Component
class NotificationStore implements MemberNotifications {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NotificationMail mail;

    NotificationStore(JdbcTemplate jdbc, Clock clock, NotificationMail mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    @Override
    public void notify(Collection<UUID> memberIds, Notice notice) {
        if (memberIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(Math.min(memberIds.size(), BATCH));
        for (UUID memberId : memberIds) {
            rows.add(new Object[] {
                UUID.randomUUID(), memberId, notice.kind(), notice.title(), notice.body(), notice.link(), now
            });
            if (rows.size() == BATCH) {
                insert(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            insert(rows);
        }
        mail.afterCommit(memberIds, notice);
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO handbook_notification (id, member_id, kind, title, body, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }
}

package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * A slow database (issue 10 point 2): while another transaction holds the rows a request must write, the request is
 * not left hanging — the lock timeout (H2) or the statement timeout ({@code spring.jdbc.template.query-timeout},
 * PostgreSQL) ends it with a 503 problem detail naming no internals, the rows are as they were, and once the lock is
 * gone the same request succeeds.
 */
abstract class SlowDatabaseScenarios extends PlatformTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void aWriteBlockedByALockEndsInAProblemDetailAndSucceedsOnceTheLockIsGone() throws Exception {
        String login = plainMemberLogin();
        UUID member = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", login)
                .query(UUID.class)
                .single();
        UUID notice = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO handbook_notification (id, member_id, kind, title, created_at)
                        VALUES (:id, :member, 'test.slow', 'Thông báo bị khóa', CURRENT_TIMESTAMP)""").param("id", notice).param("member", member).update();
        ApiClient client = loggedIn(login);

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT id FROM handbook_notification WHERE member_id = ? FOR UPDATE")) {
                lock.setObject(1, member);
                try (ResultSet rs = lock.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                }
            }
            ApiClient.Response blocked = client.post("/api/v1/handbook/notifications/read-all", "{}");
            assertThat(blocked.status()).as(blocked.body()).isEqualTo(503);
            assertThat(blocked.contentType()).startsWith("application/problem+json");
            assertThat(blocked.code()).isEqualTo("server.timeout");
            assertThat(blocked.body()).doesNotContainIgnoringCase("exception").doesNotContain("SQL", "lock");
            holder.rollback();
        }
        assertThat(readAt(notice)).as("nothing written while blocked").isNull();
        assertThat(client.post("/api/v1/handbook/notifications/read-all", "{}").status())
                .isEqualTo(204);
        assertThat(readAt(notice)).isNotNull();
    }

    private Object readAt(UUID notice) {
        return jdbc.sql("SELECT read_at FROM handbook_notification WHERE id = :id")
                .param("id", notice)
                .query((rs, n) -> rs.getObject(1))
                .optional()
                .orElse(null);
    }
}

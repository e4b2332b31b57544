package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import vn.dangvu.support.PlatformTestBase;

/**
 * The migrations run on one connection of the pool, and the pool retires every connection after its maximum lifetime
 * (30 minutes). The constraints that connection created must keep working after it is closed: with H2 2.4.240 a
 * {@code CHECK (x IN (...))} kept comparing through the session that created it, and once that session was closed
 * every insert into such a table failed ("Check constraint invalid", the database "closed") — an application on the
 * embedded database refused fee bases, evaluation cycles and more half an hour after its first start.
 */
abstract class RetiredConnectionScenarios extends PlatformTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void aConstraintCreatedOnAConnectionThatIsClosedKeepsCheckingRows() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection creator =
                        DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                Statement ddl = creator.createStatement()) {
            ddl.execute("""
                    CREATE TABLE retired_connection_probe (
                      id INT PRIMARY KEY,
                      kind VARCHAR(10) NOT NULL CONSTRAINT retired_connection_probe_kind_ck CHECK (kind IN ('A', 'B')))""");
        }
        try {
            jdbc.sql("INSERT INTO retired_connection_probe (id, kind) VALUES (1, 'A')")
                    .update();
            assertThatThrownBy(() -> jdbc.sql("INSERT INTO retired_connection_probe (id, kind) VALUES (2, 'C')")
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("retired_connection_probe_kind_ck");
            assertThat(jdbc.sql("SELECT kind FROM retired_connection_probe")
                            .query(String.class)
                            .list())
                    .containsExactly("A");
        } finally {
            jdbc.sql("DROP TABLE retired_connection_probe").update();
        }
    }
}

package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is out of reach" (503 server.database-unavailable) and which do not. */
class DatabaseUnavailableTests {

    @Test
    void theFailuresOfADatabaseGoneAwayAreRecognised() {
        SQLException poolTimeout = new SQLTransientConnectionException("Connection is not available");
        assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("no connection", poolTimeout)))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("begin failed", poolTimeout)))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new UncategorizedSQLException(
                        "insert", "INSERT", new SQLException("An I/O error occurred", "08006"))))
                .as("a connection broken in the middle of a statement")
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new UncategorizedSQLException(
                        "select", "SELECT", new SQLException("terminating connection", "57P01"))))
                .as("the server shutting down")
                .isTrue();
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailable.causes(rollback))
                .as("a rollback on a connection already broken")
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseUnavailable.causes(new QueryTimeoutException(
                        "cancelled", new SQLException("canceling statement due to statement timeout", "57014"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new TransactionSystemException("rollback failed")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(null)).isFalse();
    }
}

package vn.dangvu.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach (restarted, stopped, the network to it cut) from other
 * failures, wherever in the chain of causes the connection error sits: the pool's timeout, a connection broken in the
 * middle of a statement or of a commit, a transaction that could not begin.
 */
final class DatabaseUnavailable {

    /**
     * PostgreSQL's codes for a server going away: shutdown by an administrator, crash shutdown, not accepting
     * connections yet (SQLSTATE class 57P); the whole class 08 is "connection exception".
     */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    static boolean causes(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof TransactionSystemException tx && isBrokenConnection(tx)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A commit or rollback the JDBC driver refused without a SQLSTATE the translator knows: the pool's "Connection is
     * closed" once the connection broke under the transaction (conflicts and constraint violations at commit carry a
     * SQLSTATE and become other exceptions). The failure that began the rollback, when there was one, tells the same.
     */
    private static boolean isBrokenConnection(TransactionSystemException tx) {
        return (tx.getCause() instanceof SQLException sql && sql.getSQLState() == null)
                || (tx.getApplicationException() != null && causes(tx.getApplicationException()));
    }

    private static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}

package vn.dangvu.member.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the import jobs of a live process from those a dead process left behind. On PostgreSQL the process that
 * accepted a job holds a session advisory lock on it, on one connection kept open while it has jobs, from before the
 * job is recorded until it is finished; the server drops the lock when that session ends, so also when the process is
 * killed. A job whose lock can be taken belongs to no live process. On H2, a single-process database, a job not held
 * in this process belongs to none.
 */
@Component
class MemberImportLocks {

    /** The first key of the two-key advisory locks, kept for member imports. */
    static final int LOCK_CLASS = 0x4d49; // "MI"

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private @Nullable Connection session;
    // read without the monitor: the sweep asks while a hold() may wait for the lock the sweep's transaction has
    private volatile @Nullable Boolean postgres;

    MemberImportLocks(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Marks the job as this process's until {@link #release}; call before the job is recorded. */
    synchronized void hold(UUID job) {
        if (postgres()) {
            try {
                if (session == null || session.isClosed()) {
                    session = dataSource.getConnection();
                    session.setAutoCommit(true);
                }
                call(session, "SELECT pg_advisory_lock(?, ?)", job);
            } catch (SQLException e) {
                closeSessionIfIdle();
                throw new IllegalStateException("cannot lock member import " + job, e);
            }
        }
        held.add(job);
    }

    /** Gives the job up (it is finished, or was never started). */
    synchronized void release(UUID job) {
        if (!held.remove(job)) {
            return;
        }
        if (session != null) {
            try {
                call(session, "SELECT pg_advisory_unlock(?, ?)", job);
            } catch (SQLException e) {
                // a broken session has lost its locks already; the pool discards the connection
                closeQuietly();
                return;
            }
        }
        closeSessionIfIdle();
    }

    /**
     * Whether no live process holds the job. Call in a transaction: on PostgreSQL the answer takes the job's lock
     * until that transaction ends, so the job's owner cannot appear meanwhile.
     */
    boolean abandoned(UUID job) {
        if (held.contains(job)) {
            return false;
        }
        if (!postgres()) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:c, :k)")
                .param("c", LOCK_CLASS)
                .param("k", key(job))
                .query(Boolean.class)
                .single());
    }

    /** The second key: the job's id folded to 32 bits (a clash only delays the clean-up of a dead job). */
    static int key(UUID job) {
        long bits = job.getMostSignificantBits() ^ job.getLeastSignificantBits();
        return (int) (bits ^ (bits >>> 32));
    }

    private static void call(Connection connection, String sql, UUID job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, key(job));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
            }
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the database", e);
            }
            postgres = known;
        }
        return known;
    }

    private void closeSessionIfIdle() {
        if (held.isEmpty()) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // already broken: nothing is held on it any more
            }
            session = null;
        }
    }
}

package vn.dangvu.member.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.shared.AuditTrail;

/**
 * Ends the import jobs that a process stopped in the middle of (killed, crashed, or its machine gone): at start-up and
 * then every {@code dangvu.member-import.sweep-every}, a job still queued, validating or writing that no live process
 * holds ({@link MemberImportLocks}) is marked failed with {@code member-import.interrupted}, audited, and its upload
 * left in this machine's temporary folder deleted. Nothing of such a job was written: the write and the job's
 * success commit together.
 */
@Component
class AbandonedImportSweep {

    static final String INTERRUPTED = "member-import.interrupted";

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedImportSweep.class);
    private static final List<String> UNFINISHED = List.of(
            MemberImportState.QUEUED.name(), MemberImportState.VALIDATING.name(), MemberImportState.WRITING.name());

    private final JdbcClient jdbc;
    private final MemberImportLocks locks;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AbandonedImportSweep(
            JdbcClient jdbc,
            MemberImportLocks locks,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Marks every abandoned job failed; answers how many. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${dangvu.member-import.sweep-every:PT1M}")
    int sweep() {
        List<UUID> unfinished = jdbc.sql("SELECT id FROM member_import WHERE state IN (:states)")
                .param("states", UNFINISHED)
                .query(UUID.class)
                .list();
        int ended = 0;
        for (UUID job : unfinished) {
            if (Boolean.TRUE.equals(transaction.execute(tx -> endIfAbandoned(job)))) {
                ended++;
                deleteUpload(job);
            }
        }
        return ended;
    }

    private boolean endIfAbandoned(UUID job) {
        if (!locks.abandoned(job)) {
            return false;
        }
        int updated = jdbc.sql("""
                        UPDATE member_import SET state = :failed, failure_code = :code, finished_at = :at
                         WHERE id = :id AND state IN (:states)""")
                .param("failed", MemberImportState.FAILED.name())
                .param("code", INTERRUPTED)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", job)
                .param("states", UNFINISHED)
                .update();
        if (updated == 0) {
            return false;
        }
        audit.record("member-import.interrupted", "member-import", job, Map.of("state", MemberImportState.FAILED));
        LOG.warn("member import {} was left unfinished by a stopped process: marked failed", job);
        return true;
    }

    /** The upload of a job accepted on this machine, if the stopped process left it. */
    private static void deleteUpload(UUID job) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> uploads =
                Files.newDirectoryStream(temp, MemberImportService.uploadPrefix(job) + "*")) {
            for (Path upload : uploads) {
                Files.deleteIfExists(upload);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete the upload of member import {}", job, e);
        }
    }
}

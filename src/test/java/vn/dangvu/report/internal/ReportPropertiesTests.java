package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A full count or rebuild runs under its own time limit: with a transaction timeout, Spring's JDBC templates give each
 * statement the transaction's remaining time instead of the per-statement limit of requests, which one statement of a
 * national rebuild passed on a busy machine and so stopped the application's start.
 */
class ReportPropertiesTests {

    @Test
    void aRebuildsTransactionHasTheRebuildTimeout() {
        ReportProperties properties =
                new ReportProperties("Hà Nội", true, 0, true, Duration.ofSeconds(1), Duration.ofMinutes(90));

        TransactionTemplate rebuilding = properties.rebuilding(mock(PlatformTransactionManager.class));

        assertThat(rebuilding.getTimeout()).isEqualTo(90 * 60);
    }
}

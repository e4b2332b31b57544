package vn.dangvu.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangvu.programme.TaskStatus;

/**
 * The task rule of {@link TaskStatusPolicy}, the four figures of a committee's review ("14/18 nhiệm vụ đã hoàn thành,
 * 4 nhiệm vụ đang thực hiện đúng tiến độ"): done at 100%; late once past the deadline; not started without progress;
 * otherwise on schedule; due soon within {@value TaskStatusPolicy#DUE_SOON_DAYS} days of the deadline.
 */
class TaskStatusPolicyTests {

    private final TaskStatusPolicy policy = new TaskStatusPolicy();
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @Test
    void fullProgressIsDoneEvenAfterTheDeadline() {
        assertThat(policy.assess(100, DEADLINE, LocalDate.of(2026, 3, 1)).status())
                .isEqualTo(TaskStatus.DONE);
        var done = policy.assess(100, DEADLINE, LocalDate.of(2026, 9, 1));
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.overdue()).isFalse();
    }

    @Test
    void pastTheDeadlineUnfinishedIsLateAndOverdue() {
        var late = policy.assess(70, DEADLINE, DEADLINE.plusDays(1));
        assertThat(late.status()).isEqualTo(TaskStatus.LATE);
        assertThat(late.overdue()).isTrue();
        assertThat(late.rule()).contains("70%");
        assertThat(policy.assess(0, DEADLINE, DEADLINE.plusDays(1)).status()).isEqualTo(TaskStatus.LATE);
    }

    @Test
    void onTheDeadlineItselfTheTaskIsStillInTime() {
        assertThat(policy.assess(50, DEADLINE, DEADLINE).status()).isEqualTo(TaskStatus.ON_SCHEDULE);
    }

    @Test
    void withoutProgressBeforeTheDeadlineItIsNotStarted() {
        var a = policy.assess(0, DEADLINE, LocalDate.of(2026, 3, 1));
        assertThat(a.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(a.dueSoon()).isFalse();
    }

    @Test
    void thirtyDaysBeforeTheDeadlineAnUnfinishedTaskIsDueSoon() {
        assertThat(policy.assess(40, DEADLINE, DEADLINE.minusDays(30)).dueSoon())
                .isTrue();
        assertThat(policy.assess(40, DEADLINE, DEADLINE.minusDays(31)).dueSoon())
                .isFalse();
    }
}

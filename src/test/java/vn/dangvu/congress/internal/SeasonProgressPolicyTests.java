package vn.dangvu.congress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangvu.congress.SeasonStatus;

/** KL 163-KL/TW (REGULATIONS §8.8): grassroots congresses of the 2025 season finish by 30/6/2025; later is overdue. */
class SeasonProgressPolicyTests {

    static final LocalDate DEADLINE = LocalDate.of(2025, 6, 30);

    @Test
    void kl163_heldIsHeldWhateverTheDates() {
        assertThat(SeasonProgressPolicy.status(
                        true, LocalDate.of(2025, 5, 1), true, DEADLINE, LocalDate.of(2026, 1, 1)))
                .isEqualTo(SeasonStatus.HELD);
    }

    @Test
    void kl163_notPlannedBecomesOverdueAfterTheDeadline() {
        assertThat(SeasonProgressPolicy.status(false, null, false, DEADLINE, DEADLINE))
                .isEqualTo(SeasonStatus.NOT_PLANNED);
        assertThat(SeasonProgressPolicy.status(false, null, false, DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(SeasonStatus.OVERDUE);
        assertThat(SeasonProgressPolicy.status(false, null, false, null, DEADLINE.plusYears(1)))
                .as("no deadline set")
                .isEqualTo(SeasonStatus.NOT_PLANNED);
    }

    @Test
    void kl163_aPlanIsOverdueOnceItsDayPassesUnheld() {
        LocalDate today = LocalDate.of(2025, 6, 10);
        assertThat(SeasonProgressPolicy.status(true, today, false, DEADLINE, today))
                .isEqualTo(SeasonStatus.PLANNED);
        assertThat(SeasonProgressPolicy.status(true, today.minusDays(1), false, DEADLINE, today))
                .isEqualTo(SeasonStatus.OVERDUE);
    }
}

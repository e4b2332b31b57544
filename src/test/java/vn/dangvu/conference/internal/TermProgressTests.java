package vn.dangvu.conference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Regular conferences fall due evenly over the term; a planned item is behind once its quarter ends. */
class TermProgressTests {

    static final LocalDate START = LocalDate.of(2025, 10, 1);
    static final LocalDate END = LocalDate.of(2030, 10, 1);

    @Test
    void regularConferencesFallDueInProportion() {
        assertThat(TermProgress.expected(26, START, END, START)).isZero();
        assertThat(TermProgress.expected(26, START, END, LocalDate.of(2028, 4, 1)))
                .isEqualTo(13);
        assertThat(TermProgress.expected(26, START, END, END)).isEqualTo(26);
        assertThat(TermProgress.expected(26, START, END, LocalDate.of(2031, 1, 1)))
                .isEqualTo(26);
    }

    @Test
    void anItemIsBehindOnlyAfterItsQuarter() {
        assertThat(TermProgress.behind(2026, 1, false, LocalDate.of(2026, 3, 31)))
                .isFalse();
        assertThat(TermProgress.behind(2026, 1, false, LocalDate.of(2026, 4, 1)))
                .isTrue();
        assertThat(TermProgress.behind(2026, 1, true, LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(TermProgress.behind(2025, 4, false, LocalDate.of(2026, 1, 1)))
                .isTrue();
    }
}

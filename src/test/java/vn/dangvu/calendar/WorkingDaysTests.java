package vn.dangvu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.calendar.internal.CalendarProperties;
import vn.dangvu.calendar.internal.HolidayAdjustmentStore;
import vn.dangvu.calendar.internal.PublicHolidayPolicy;

/** Working-day arithmetic: weekends, Tết, compensatory days and administrators' adjustments. */
class WorkingDaysTests {

    private final List<HolidayAdjustment> rows = new ArrayList<>();
    private final WorkingDays workingDays =
            new WorkingDays(new PublicHolidayPolicy(CalendarProperties.defaults()), new InMemory(rows));

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue(); // Monday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse(); // mùng 1 Tết
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse(); // nghỉ bù Giỗ Tổ
    }

    @Test
    void theDayAfterTheStartIsDayOne() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 2), 1)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 6), 0)).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void countingJumpsOverTet() {
        // Friday 13/2/2026: the weekend, Tết 16–20/2 and the next weekend pass before day 1
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23)))
                .isEqualTo(1);
        // 30 working days from 2/2/2026 (QĐ 294: deciding official recognition) cross Tết (4 + 5 + 5×4 + 1): 23/3/2026
        LocalDate deadline = workingDays.plusWorkingDays(LocalDate.of(2026, 2, 2), 30);
        assertThat(deadline).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 2, 2), deadline))
                .isEqualTo(30);
        assertThat(workingDays.workingDaysBetween(deadline, LocalDate.of(2026, 2, 2)))
                .isEqualTo(-30);
    }

    @Test
    void adjustmentsOverrideTheRules() {
        rows.add(adjustment(LocalDate.of(2026, 2, 21), AdjustmentKind.WORKING)); // làm bù on Saturday
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 21));
        rows.clear();
        rows.add(adjustment(LocalDate.of(2026, 2, 23), AdjustmentKind.OFF));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(workingDays.holidays(2026))
                .anySatisfy(d -> assertThat(d)
                        .isEqualTo(new CalendarDay(
                                LocalDate.of(2026, 2, 23), "Ngày nghỉ (điều chỉnh)", DayKind.EXTRA_DAY_OFF, "lý do")));
    }

    private static HolidayAdjustment adjustment(LocalDate date, AdjustmentKind kind) {
        return new HolidayAdjustment(date, kind, "lý do", "admin", Instant.EPOCH);
    }

    /** The adjustments table without a database. */
    private static final class InMemory extends HolidayAdjustmentStore {
        private final List<HolidayAdjustment> rows;

        InMemory(List<HolidayAdjustment> rows) {
            super(org.mockito.Mockito.mock(org.springframework.jdbc.core.simple.JdbcClient.class));
            this.rows = rows;
        }

        @Override
        public List<HolidayAdjustment> all() {
            return List.copyOf(rows);
        }
    }
}

package vn.dangvu.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.calendar.CalendarDay;
import vn.dangvu.calendar.DayKind;
import vn.dangvu.shared.DomainException;

/** Public holidays by Bộ luật Lao động 2019, Art. 112(1), and compensatory days off by Art. 111(3). */
class PublicHolidayPolicyTests {

    private final PublicHolidayPolicy policy = new PublicHolidayPolicy(CalendarProperties.defaults());

    @Test
    void theElevenPublicHolidaysOf2026() {
        assertThat(dates(policy.holidays(2026), DayKind.PUBLIC_HOLIDAY))
                .containsExactly(
                        LocalDate.of(2026, 1, 1), // Art. 112(1)(a)
                        // Art. 112(1)(b): the last day of lunar year Ất Tỵ (29 tháng Chạp) and mùng 1–4 of Bính Ngọ
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 4, 26), // Art. 112(1)(e): 10/3 lunar
                        LocalDate.of(2026, 4, 30), // Art. 112(1)(c)
                        LocalDate.of(2026, 5, 1), // Art. 112(1)(d)
                        LocalDate.of(2026, 9, 1), // Art. 112(1)(đ): 2/9 and the day before by default
                        LocalDate.of(2026, 9, 2));
    }

    @Test
    void eachHolidayNamesItsRule() {
        CalendarDay hungKings = policy.holidays(2026).stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 4, 26)))
                .findFirst()
                .orElseThrow();
        assertThat(hungKings.name()).isEqualTo("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        assertThat(hungKings.source()).isEqualTo("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e");
        assertThat(policy.holidays(2026).get(1).name()).isEqualTo("Tết Nguyên đán (29 tháng Chạp)");
    }

    @Test
    void aHolidayOnSundayGivesTheNextWorkingDayOff() {
        // Giỗ Tổ 2026 is Sunday 26/4 → Monday 27/4 off
        assertThat(dates(policy.holidays(2026), DayKind.COMPENSATORY_DAY_OFF))
                .containsExactly(LocalDate.of(2026, 4, 27));
        // 30/4/2028 is a Sunday and 1/5 a holiday itself → Tuesday 2/5 off
        assertThat(dates(policy.holidays(2028), DayKind.COMPENSATORY_DAY_OFF)).contains(LocalDate.of(2028, 5, 2));
        // 1/1/2023 Sunday → 2/1; 1/1/2022 Saturday → Monday 3/1; 1/5/2021 Saturday → Monday 3/5 (as in those years)
        assertThat(dates(policy.holidays(2023), DayKind.COMPENSATORY_DAY_OFF)).contains(LocalDate.of(2023, 1, 2));
        assertThat(dates(policy.holidays(2022), DayKind.COMPENSATORY_DAY_OFF)).contains(LocalDate.of(2022, 1, 3));
        assertThat(dates(policy.holidays(2021), DayKind.COMPENSATORY_DAY_OFF)).contains(LocalDate.of(2021, 5, 3));
    }

    @Test
    void theSpansOfTetAndNationalDayAreSettings() {
        PublicHolidayPolicy other =
                new PublicHolidayPolicy(new CalendarProperties(2, 3, CalendarProperties.Adjacent.AFTER));
        List<LocalDate> days = dates(other.holidays(2026), DayKind.PUBLIC_HOLIDAY);
        assertThat(days).contains(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 9, 3));
        assertThat(days).doesNotContain(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> new CalendarProperties(1, 5, CalendarProperties.Adjacent.BEFORE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsOutsideTheLunarTablesAreRefused() {
        assertThatThrownBy(() -> policy.holidays(2100))
                .isInstanceOf(DomainException.class)
                .hasMessage("calendar.year.out-of-range");
    }

    private static List<LocalDate> dates(List<CalendarDay> days, DayKind kind) {
        return days.stream()
                .filter(d -> d.kind() == kind)
                .map(CalendarDay::date)
                .toList();
    }
}

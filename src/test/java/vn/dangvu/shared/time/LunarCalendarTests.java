package vn.dangvu.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.shared.time.LunarCalendar.LunarDate;

/** Known dates of the Vietnamese lunar calendar (as printed on the government's published calendars). */
class LunarCalendarTests {

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
        "2020, 2020-01-25",
        "2021, 2021-02-12",
        "2022, 2022-02-01",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        // 1985: Vietnam (UTC+7) celebrated Tết a month before China (UTC+8) — the time zone matters
        "1985, 1985-01-21",
        "1900, 1900-01-31",
        "2100, 2100-02-09"
    })
    void lunarNewYear(int year, LocalDate tet) {
        assertThat(LunarCalendar.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(tet);
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} falls on {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDay(int year, LocalDate day) {
        assertThat(LunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(day);
    }

    @Test
    void leapMonths() {
        assertThat(LunarCalendar.leapMonth(2023)).isEqualTo(2);
        assertThat(LunarCalendar.leapMonth(2025)).isEqualTo(6);
        assertThat(LunarCalendar.leapMonth(2024)).isZero();
        assertThat(LunarCalendar.leapMonth(2020)).isEqualTo(4);
        // leap 2nd month of 2023 began on 22/3/2023; leap 6th month of 2025 on 25/7/2025
        assertThat(LunarCalendar.toSolar(new LunarDate(2023, 2, 1, true))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 23))).isEqualTo(LunarDate.of(2025, 7, 1));
    }

    @Test
    void lastDayOfTheYearIsTheEveOfTet() {
        assertThat(LunarCalendar.lastDayOfYear(2025)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
    }

    @Test
    void everyDayRoundTripsAcrossTheRange() {
        for (LocalDate d = LocalDate.of(1900, 3, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            if (d.getYear() == 2100 && d.getMonthValue() == 12) {
                break;
            }
            assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(d)))
                    .as(d.toString())
                    .isEqualTo(d);
        }
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2024, 5, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2101, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

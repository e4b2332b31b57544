package vn.dangvu.congress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** QĐ 24-QĐ/TW §11.1 (REGULATIONS §8.8): the opening date is announced at least 30 working days before. */
class AnnouncementNoticePolicyTests {

    /** Weekends off, and the National Day holiday 1–2/9/2025 (Bộ luật Lao động Art 112). */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));

    static final Predicate<LocalDate> WORKING = d ->
            d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);

    @Test
    void qd24_thirtyWorkingDaysWithoutHolidaysAreSixWeeks() {
        // Monday 4/8/2025 → opening Monday 15/9/2025: the weekdays from Tuesday 5/8 to Friday 12/9 are 29, less the 2
        // holidays
        LocalDate announced = LocalDate.of(2025, 8, 4);
        LocalDate opens = LocalDate.of(2025, 9, 15);
        assertThat(AnnouncementNoticePolicy.workingDaysBetween(announced, opens, WORKING))
                .isEqualTo(27);
        assertThat(AnnouncementNoticePolicy.notice(announced, opens, 30, WORKING)
                        .sufficient())
                .as("the National Day holiday inside the period makes it short")
                .isFalse();
    }

    @Test
    void qd24_theLatestAnnouncementDayMovesBackOverAHoliday() {
        LocalDate opens = LocalDate.of(2025, 9, 15);
        LocalDate latest = AnnouncementNoticePolicy.latest(opens, 30, WORKING);
        assertThat(latest)
                .as("the day before the 30th working day, Thursday 31/7")
                .isEqualTo(LocalDate.of(2025, 7, 30));
        assertThat(AnnouncementNoticePolicy.workingDaysBetween(latest, opens, WORKING))
                .isEqualTo(30);
        assertThat(AnnouncementNoticePolicy.notice(latest, opens, 30, WORKING).sufficient())
                .isTrue();
        assertThat(AnnouncementNoticePolicy.notice(latest.plusDays(1), opens, 30, WORKING)
                        .sufficient())
                .as("one working day later is too late")
                .isFalse();
    }

    @Test
    void qd24_withoutHolidaysTheLatestDayIsTheDayBeforeTheThirtiethWorkingDay() {
        LocalDate opens = LocalDate.of(2025, 10, 20);
        LocalDate latest = AnnouncementNoticePolicy.latest(opens, 30, WORKING);
        assertThat(AnnouncementNoticePolicy.workingDaysBetween(latest, opens, WORKING))
                .isEqualTo(30);
        assertThat(latest).as("the 30th working day before is Monday 8/9").isEqualTo(LocalDate.of(2025, 9, 7));
    }
}

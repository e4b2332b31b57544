package vn.dangvu.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.petition.DeadlineStatus;
import vn.dangvu.petition.PetitionKind;
import vn.dangvu.shared.DomainException;

/** The statutory deadlines of REGULATIONS §13.2 (Luật Khiếu nại 2011, Luật Tố cáo 2018). */
class PetitionDeadlinePolicyTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final PetitionDeadlinePolicy calendar = policy(PetitionProperties.DayCount.CALENDAR);
    private final PetitionDeadlinePolicy working = policy(PetitionProperties.DayCount.WORKING);

    @Test
    void acceptanceIsDueTenDaysAfterReceipt_LuatKhieuNai2011_Art27() {
        assertThat(calendar.acceptDue(MONDAY)).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(working.acceptDue(MONDAY))
                .as("ten working days skip two weekends")
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @ParameterizedTest(name = "{0} complex={1} second={2}: {3} days")
    @CsvSource({
        "COMPLAINT, false, false, 30", // Luật Khiếu nại 2011 Art. 28
        "COMPLAINT, true, false, 45", // Art. 28, complex
        "COMPLAINT, false, true, 45", // Art. 37, second instance
        "COMPLAINT, true, true, 60", // Art. 37, complex
        "DENUNCIATION, false, false, 30", // Luật Tố cáo 2018 Art. 30
        "DENUNCIATION, true, false, 30" // complexity earns extensions, not a longer first period
    })
    void settlementIsDueAfterTheStatutoryPeriod(PetitionKind kind, boolean complex, boolean second, int days) {
        assertThat(calendar.settleDue(kind, complex, second, MONDAY, 0)).isEqualTo(MONDAY.plusDays(days));
    }

    @Test
    void proposalsAndFeedbackHaveNoStatutoryDeadline() {
        assertThat(calendar.settleDue(PetitionKind.PROPOSAL, false, false, MONDAY, 0))
                .isNull();
        assertThat(calendar.settleDue(PetitionKind.FEEDBACK, true, false, MONDAY, 0))
                .isNull();
        assertThat(calendar.settleRule(PetitionKind.FEEDBACK, false)).isNull();
    }

    @Test
    void aDenunciationIsExtendedAtMostTwiceByThirtyDays_LuatToCao2018_Art30() {
        assertThat(calendar.settleDue(PetitionKind.DENUNCIATION, false, false, MONDAY, 1))
                .isEqualTo(MONDAY.plusDays(60));
        assertThat(calendar.settleDue(PetitionKind.DENUNCIATION, false, false, MONDAY, 2))
                .isEqualTo(MONDAY.plusDays(90));
        assertThat(calendar.extensionsLeft(PetitionKind.DENUNCIATION, 1)).isEqualTo(1);
        calendar.checkExtension(PetitionKind.DENUNCIATION, 1);
        assertThatThrownBy(() -> calendar.checkExtension(PetitionKind.DENUNCIATION, 2))
                .isInstanceOf(DomainException.class)
                .hasMessage("petition.extension.limit");
        assertThatThrownBy(() -> calendar.checkExtension(PetitionKind.COMPLAINT, 0))
                .isInstanceOf(DomainException.class)
                .hasMessage("petition.extension.not-denunciation");
        assertThat(calendar.extensionsLeft(PetitionKind.COMPLAINT, 0)).isZero();
    }

    @Test
    void aRunningDeadlineIsOverdueAfterItsDayAndDueSoonWithinTheSetting() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(calendar.status(due, due.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(calendar.status(due, due)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(calendar.status(due, due.minusDays(5))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(calendar.status(due, due.minusDays(6))).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(calendar.status(null, due)).isEqualTo(DeadlineStatus.NONE);
    }

    private static PetitionDeadlinePolicy policy(PetitionProperties.DayCount count) {
        return new PetitionDeadlinePolicy(PetitionDeadlinePolicyTests::plusWeekdays, new PetitionProperties(count, 5));
    }

    /** Working days without holidays: enough to tell the two counts apart. */
    private static LocalDate plusWeekdays(LocalDate start, int n) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}

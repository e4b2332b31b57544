package vn.dangvu.grassroots.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.dangvu.grassroots.VisitDuration;
import vn.dangvu.grassroots.internal.GrassrootsCompliancePolicy.Visit;
import vn.dangvu.org.OrgUnitKind;

/**
 * REGULATIONS §14 and §13.1: the Hanoi working regulations' "at least 1/3 of their time at the grassroots"
 * (unconfirmed, a setting), KH 10-KH/TW 2018 residential cell meetings as counted by Kon Tum QĐ 776-QĐ/TU 2023 (2 a
 * year provincial, 6 otherwise), and the heads' citizen-reception days of QĐ 11-QĐi/TW 2019 and KL 215-KL/TW 2025 (1 a
 * month provincial, 2 at commune level).
 */
class GrassrootsCompliancePolicyTests {

    private static final Predicate<LocalDate> WEEKDAYS =
            d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

    private final GrassrootsCompliancePolicy policy = new GrassrootsCompliancePolicy(
            new GrassrootsProperties("1/3", 2, 6, 1, 2, GrassrootsProperties.MonthCounting.TOUCHED));

    @Test
    void aHalfDayCountsHalfADayAndADayAtMostOne() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        double days = policy.grassrootsDays(
                List.of(
                        new Visit(monday, VisitDuration.HALF_DAY),
                        new Visit(monday, VisitDuration.FULL_DAY),
                        new Visit(monday.plusDays(1), VisitDuration.HALF_DAY),
                        new Visit(monday.plusDays(2), VisitDuration.HALF_DAY),
                        new Visit(monday.plusDays(2), VisitDuration.HALF_DAY)),
                WEEKDAYS);
        assertThat(days).isEqualTo(2.5);
    }

    @Test
    void visitsOnDaysOffDoNotCount() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        assertThat(policy.grassrootsDays(List.of(new Visit(saturday, VisitDuration.FULL_DAY)), WEEKDAYS))
                .isZero();
    }

    @Test
    void aThirdOfTheWorkingDaysIsTheMinimum() {
        assertThat(policy.minimumShare()).isEqualTo("1/3");
        assertThat(policy.requiredDays(21)).isEqualTo(7.0);
        assertThat(policy.underMinimum(6.5, 21)).isTrue();
        assertThat(policy.underMinimum(7, 21)).isFalse();
        assertThat(policy.underMinimum(0, 0)).isFalse();
    }

    @Test
    void theMinimumShareIsASetting() {
        GrassrootsCompliancePolicy quarter = new GrassrootsCompliancePolicy(
                new GrassrootsProperties("1/4", 2, 6, 1, 2, GrassrootsProperties.MonthCounting.TOUCHED));
        assertThat(quarter.underMinimum(5, 20)).isFalse();
        assertThatThrownBy(() -> new GrassrootsCompliancePolicy(
                        new GrassrootsProperties("1:3", 2, 6, 1, 2, GrassrootsProperties.MonthCounting.TOUCHED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GrassrootsCompliancePolicy(
                        new GrassrootsProperties("4/3", 2, 6, 1, 2, GrassrootsProperties.MonthCounting.TOUCHED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void residentialCellMeetingsAreCountedPerYearProRata() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertThat(policy.cellMeetingsPerYear(OrgUnitKind.PROVINCIAL)).isEqualTo(2);
        assertThat(policy.cellMeetingsPerYear(OrgUnitKind.COMMUNE)).isEqualTo(6);
        assertThat(policy.cellMeetingsRequired(OrgUnitKind.COMMUNE, from, to)).isEqualTo(1.5);
        assertThat(policy.cellMeetingsRequired(OrgUnitKind.PROVINCIAL, from, LocalDate.of(2026, 12, 31)))
                .isEqualTo(2.0);
    }

    @Test
    void headsReceiveCitizensOneDayAMonthInTheProvinceAndTwoInACommune() {
        LocalDate from = LocalDate.of(2026, 1, 15);
        LocalDate to = LocalDate.of(2026, 3, 10);
        assertThat(policy.receptionDaysRequired(OrgUnitKind.PROVINCIAL, from, to))
                .as("a month the period touches counts whole")
                .isEqualTo(3);
        assertThat(policy.receptionDaysRequired(OrgUnitKind.COMMUNE, from, to)).isEqualTo(6);
        assertThat(policy.receptionDaysRequired(OrgUnitKind.GRASSROOTS_COMMITTEE, from, to))
                .as("only provincial and commune-level heads (district level removed)")
                .isNull();
        assertThat(policy.rules(OrgUnitKind.COMMUNE))
                .hasSize(3)
                .last()
                .asString()
                .contains("QĐ 11-QĐi/TW");
        assertThat(policy.rules(OrgUnitKind.SECTORAL)).hasSize(2);
    }

    @Test
    void partialMonthsAtThePeriodsEdgesCountAsTheSettingSays() {
        LocalDate from = LocalDate.of(2026, 1, 15);
        LocalDate to = LocalDate.of(2026, 3, 10);
        GrassrootsCompliancePolicy complete = new GrassrootsCompliancePolicy(
                new GrassrootsProperties("1/3", 2, 6, 1, 2, GrassrootsProperties.MonthCounting.COMPLETE));
        assertThat(complete.receptionDaysRequired(OrgUnitKind.COMMUNE, from, to))
                .as("QĐ 11-QĐi/TW 2019: only February is wholly inside the period")
                .isEqualTo(2);
        assertThat(complete.receptionDaysRequired(OrgUnitKind.COMMUNE, from, LocalDate.of(2026, 1, 31)))
                .as("a period inside one month, not whole")
                .isZero();
        assertThat(complete.receptionDaysRequired(
                        OrgUnitKind.PROVINCIAL, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(3);
        assertThat(complete.cellMeetingsRequired(OrgUnitKind.COMMUNE, from, to)).isEqualTo(0.5);
        assertThat(complete.rules(OrgUnitKind.COMMUNE).get(2)).contains("tháng trọn vẹn");
        assertThat(policy.rules(OrgUnitKind.COMMUNE).get(2)).contains("tính cả tháng");
    }
}

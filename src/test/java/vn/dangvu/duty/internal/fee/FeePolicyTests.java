package vn.dangvu.duty.internal.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.duty.FeeBasis;
import vn.dangvu.duty.FeeCategory;
import vn.dangvu.duty.FeeMonth;
import vn.dangvu.duty.FeeRelief;
import vn.dangvu.duty.FeeReliefGround;
import vn.dangvu.duty.FeeStatus;
import vn.dangvu.shared.DomainException;

/** The amounts of QĐ 01-QĐ/TW 03/02/2026 (REGULATIONS §6) and the removal rule for unpaid fees. */
class FeePolicyTests {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Map<FeeCategory, Long> FIXED = Map.of(FeeCategory.NON_BHXH, 10_000L);

    @ParameterizedTest(name = "{0} on {1} VND → {2} VND")
    @CsvSource({
        // QĐ 01-QĐ/TW: 1 % of the BHXH contribution salary of the month before, rounded half up to a whole đồng
        "BHXH_SALARY, 7345678, 73457",
        "BHXH_SALARY, 7345649, 73456",
        "BHXH_SALARY, 4960000, 49600",
        // 1 % of the BHXH sick or maternity allowance
        "BHXH_ALLOWANCE, 3000050, 30001",
        // 0.5 % of the pension
        "PENSION, 8123450, 40617",
        "PENSION, 8123300, 40617",
    })
    void ratedCategoriesPayTheirPercentRoundedHalfUp(FeeCategory category, long amount, long due) {
        assertThat(FeePolicy.due(MARCH, List.of(basis(category, amount, "2026-01")), List.of(), null, FIXED)
                        .due())
                .isEqualTo(due);
    }

    @Test
    void studentsPayFiveThousandAndOtherCategoriesTheSetting() {
        // QĐ 01-QĐ/TW: pupils and students 5,000 VND a month
        assertThat(FeePolicy.due(MARCH, List.of(basis(FeeCategory.STUDENT, null, "2025-09")), List.of(), null, FIXED)
                        .due())
                .isEqualTo(5_000);
        // not found in the sources: the setting dangvu.fees.fixed-amounts (unconfirmed)
        assertThat(FeePolicy.due(MARCH, List.of(basis(FeeCategory.NON_BHXH, null, "2025-09")), List.of(), null, FIXED)
                        .due())
                .isEqualTo(10_000);
    }

    @Test
    void theBasisInForceIsTheLatestStartingByTheMonth() {
        List<FeeBasis> bases = List.of(
                basis(FeeCategory.BHXH_SALARY, 5_000_000L, "2025-01"),
                basis(FeeCategory.BHXH_SALARY, 6_000_000L, "2026-03"),
                basis(FeeCategory.PENSION, 4_000_000L, "2026-07"));
        assertThat(FeePolicy.due(YearMonth.of(2026, 2), bases, List.of(), null, FIXED)
                        .due())
                .isEqualTo(50_000);
        assertThat(FeePolicy.due(MARCH, bases, List.of(), null, FIXED).due()).isEqualTo(60_000);
        assertThat(FeePolicy.due(YearMonth.of(2026, 7), bases, List.of(), null, FIXED)
                        .due())
                .isEqualTo(20_000);
        FeePolicy.Due before = FeePolicy.due(YearMonth.of(2024, 12), bases, List.of(), null, FIXED);
        assertThat(before.status()).isEqualTo(FeeStatus.NO_BASIS);
    }

    @Test
    void fiftyYearsOfMembershipExemptFromTheMonthReached() {
        // QĐ 01-QĐ/TW, Art. 5: members of 50 years' membership or more are exempt
        List<FeeBasis> bases = List.of(basis(FeeCategory.PENSION, 6_000_000L, "2020-01"));
        LocalDate reached = LocalDate.of(2026, 3, 19);
        assertThat(FeePolicy.due(YearMonth.of(2026, 2), bases, List.of(), reached, FIXED)
                        .due())
                .isEqualTo(30_000);
        FeePolicy.Due march = FeePolicy.due(MARCH, bases, List.of(), reached, FIXED);
        assertThat(march.due()).isZero();
        assertThat(march.status()).isEqualTo(FeeStatus.EXEMPT);
        assertThat(march.rule()).contains("Điều 5");
    }

    @ParameterizedTest(name = "reduced by {0} % → {1} VND")
    @CsvSource({"30, 52500", "50, 37500", "70, 22500", "100, 0"})
    void hardshipReducesBy30_50Or70PercentOrExempts(int percent, long due) {
        // QĐ 01-QĐ/TW, Art. 5: other hardship, exempt or reduced 30 / 50 / 70 %
        List<FeeBasis> bases = List.of(basis(FeeCategory.BHXH_SALARY, 7_500_000L, "2026-01"));
        List<FeeRelief> reliefs = List.of(relief(FeeReliefGround.HARDSHIP, percent, "2026-02", "2026-04"));
        assertThat(FeePolicy.due(MARCH, bases, reliefs, null, FIXED).due()).isEqualTo(due);
        assertThat(FeePolicy.due(YearMonth.of(2026, 5), bases, reliefs, null, FIXED)
                        .due())
                .as("after the relief")
                .isEqualTo(75_000);
    }

    @Test
    void reliefsAreCheckedAgainstArticleFive() {
        FeePolicy.checkRelief(FeeReliefGround.HARDSHIP, 50, MARCH, MARCH.plusMonths(11));
        FeePolicy.checkRelief(FeeReliefGround.GRAVE_ILLNESS, 100, MARCH, MARCH.plusMonths(23));
        assertThatThrownBy(() -> FeePolicy.checkRelief(FeeReliefGround.HARDSHIP, 50, MARCH, MARCH.plusMonths(12)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("fee.relief.too-long"));
        assertThatThrownBy(() -> FeePolicy.checkRelief(FeeReliefGround.HARDSHIP, 40, MARCH, MARCH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("fee.relief.percent-invalid"));
        assertThatThrownBy(() -> FeePolicy.checkRelief(FeeReliefGround.POOR_HOUSEHOLD, 50, MARCH, MARCH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("fee.relief.exemption-only"));
        assertThatThrownBy(() -> FeePolicy.checkRelief(FeeReliefGround.HARDSHIP, 100, MARCH, MARCH.minusMonths(1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("fee.relief.period-invalid"));
    }

    @Test
    void basesOfRatedCategoriesNeedAnAmount() {
        assertThatThrownBy(() -> FeePolicy.checkBasis(FeeCategory.PENSION, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> FeePolicy.checkBasis(FeeCategory.STUDENT, 1_000_000L))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void statusFollowsWhatWasPaid() {
        FeePolicy.Due due = new FeePolicy.Due(50_000, null, "r");
        assertThat(FeePolicy.status(due, 50_000, true)).isEqualTo(FeeStatus.PAID);
        assertThat(FeePolicy.status(due, 60_000, true))
                .as("voluntary higher payment")
                .isEqualTo(FeeStatus.PAID);
        assertThat(FeePolicy.status(due, 20_000, true)).isEqualTo(FeeStatus.PARTIAL);
        assertThat(FeePolicy.status(due, 0, true)).isEqualTo(FeeStatus.UNPAID);
        assertThat(FeePolicy.status(due, 0, false)).isEqualTo(FeeStatus.UPCOMING);
    }

    @Test
    void threeMonthsUnpaidInAYearMeetTheRemovalRule() {
        // QĐ 01-QĐ/TW; Charter Art. 8: not paying 3 months in a year without good reason → proposal of removal
        LocalDate today = LocalDate.of(2026, 6, 10);
        List<FeeMonth> months = List.of(
                month("2026-01", FeeStatus.UNPAID),
                month("2026-02", FeeStatus.PAID),
                month("2026-03", FeeStatus.UNPAID),
                month("2026-04", FeeStatus.PARTIAL),
                month("2026-05", FeeStatus.EXEMPT),
                month("2026-06", FeeStatus.UNPAID));
        List<YearMonth> unpaid = ArrearsPolicy.unpaidMonths(months, today);
        assertThat(unpaid)
                .as("not consecutive; partial, exempt and the current month do not count")
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        assertThat(ArrearsPolicy.meetsRemovalRule(unpaid)).isFalse();
        assertThat(ArrearsPolicy.unpaidMonths(months, LocalDate.of(2026, 7, 1))).hasSize(3);
        assertThat(ArrearsPolicy.meetsRemovalRule(ArrearsPolicy.unpaidMonths(months, LocalDate.of(2026, 7, 1))))
                .isTrue();
        assertThat(ArrearsPolicy.sourceKey(2026)).isEqualTo("fees:2026");
    }

    @Test
    void portalRowsAreReadWithTheirFaults() {
        List<PortalCsv.Row> rows = PortalCsv.read(FeeImporter.utf8("\uFEFF" + PortalCsv.HEADER + "\n"
                + "012345678901,03/2026,\"49.600\",GD001,05/03/2026\n"
                + "\n"
                + "10.123456,2026-02,5000,GD002,2026-02-20\n"
                + "10.123457,13/2026,5000,GD003,2026-02-20\n"
                + "10.123458,2026-02,abc,GD004,2026-02-20\n"
                + "10.123459,2026-02,5000\n"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).amount()).isEqualTo(49_600);
        assertThat(rows.get(0).month()).isEqualTo(MARCH);
        assertThat(rows.get(0).error()).isNull();
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(2).error()).isEqualTo("month");
        assertThat(rows.get(3).error()).isEqualTo("amount");
        assertThat(rows.get(4).error()).isEqualTo("columns");
        assertThat(FeeImporter.mask("012345678901")).isEqualTo("********8901");
    }

    private static FeeBasis basis(FeeCategory category, Long amount, String from) {
        return new FeeBasis(1, MEMBER, category, amount, YearMonth.parse(from), null, 0);
    }

    private static FeeRelief relief(FeeReliefGround ground, int percent, String from, String to) {
        return new FeeRelief(1, MEMBER, ground, percent, YearMonth.parse(from), YearMonth.parse(to), null, 0);
    }

    private static FeeMonth month(String month, FeeStatus status) {
        return new FeeMonth(YearMonth.parse(month), 50_000, 0, status, "r");
    }
}

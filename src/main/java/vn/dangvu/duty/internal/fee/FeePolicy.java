package vn.dangvu.duty.internal.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangvu.duty.FeeBasis;
import vn.dangvu.duty.FeeCategory;
import vn.dangvu.duty.FeeRelief;
import vn.dangvu.duty.FeeReliefGround;
import vn.dangvu.duty.FeeStatus;
import vn.dangvu.shared.DomainException;

/**
 * The amount of party fee due for a month (REGULATIONS §6; QĐ 01-QĐ/TW 03/02/2026, replacing QĐ 342-QĐ/TW 2010):
 *
 * <ul>
 *   <li>members in compulsory social insurance pay 1 % of the contribution salary of the month before; on sick or
 *       maternity leave 1 % of the allowance; pensioners 0.5 % of the pension; pupils and students 5,000 VND; the
 *       other categories fixed amounts that are settings (not found, unconfirmed);
 *   <li>Art. 5: members of 50 years' membership or more, those receiving the social pension allowance, poor or
 *       near-poor households and grave illness (on application) are exempt; other hardship is exempt or reduced by 30,
 *       50 or 70 %, each decision for at most 12 months.
 * </ul>
 *
 * <p>Rounding: the exact amount (rate × basis, less the reduction) is rounded once, half up, to a whole đồng. The
 * regulation names a percentage without a rounding rule; the đồng has no smaller unit in use, and half-up is the
 * rounding of Vietnamese accounting practice (and the portal's amounts are whole đồng), so that a member is never
 * asked for a fraction nor for more than half a đồng above the exact figure. Rounding once per month, never on a
 * yearly total, keeps each month's receipt equal to its line in the ledger.
 *
 * <p>Exemption at 50 years applies from the month in which the member reaches 50 years of membership (counted by
 * {@code member.MembershipAges}) — an inference in the member's favour [I].
 */
public final class FeePolicy {

    /** The regulation of the rates. */
    public static final String RULE = "QĐ 01-QĐ/TW 03/02/2026";
    /** The regulation of exemptions and reductions. */
    public static final String RELIEF_RULE = "QĐ 01-QĐ/TW 03/02/2026, Điều 5";

    static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    static final BigDecimal HALF_PERCENT = new BigDecimal("0.005");
    static final long STUDENT_AMOUNT = 5_000;
    static final int FIFTY_YEARS_MONTHS = 50 * 12;
    static final int MAX_HARDSHIP_MONTHS = 12;
    static final List<Integer> REDUCTIONS = List.of(30, 50, 70);

    private FeePolicy() {}

    /**
     * The amount due for one month.
     *
     * @param due amount in VND, 0 when exempt or when no basis applies
     * @param status {@link FeeStatus#EXEMPT}, {@link FeeStatus#NO_BASIS} or {@code null} when an amount is due (the
     *     payments decide the status)
     * @param rule what set it, for the ledger's tooltip
     */
    public record Due(long due, @Nullable FeeStatus status, String rule) {}

    /**
     * The amount due for {@code month}.
     *
     * @param bases the member's bases (any order)
     * @param reliefs the member's reliefs (any order)
     * @param fiftyYearsOn the day the member reaches 50 years of membership, if known
     * @param fixedAmounts the settings of the fixed-amount categories
     */
    public static Due due(
            YearMonth month,
            List<FeeBasis> bases,
            List<FeeRelief> reliefs,
            @Nullable LocalDate fiftyYearsOn,
            Map<FeeCategory, Long> fixedAmounts) {
        if (fiftyYearsOn != null && !YearMonth.from(fiftyYearsOn).isAfter(month)) {
            return new Due(0, FeeStatus.EXEMPT, RELIEF_RULE + ": ≥ 50 năm tuổi đảng");
        }
        Optional<FeeRelief> relief = reliefs.stream()
                .filter(r -> !r.fromMonth().isAfter(month) && !r.toMonth().isBefore(month))
                .max(Comparator.comparingInt(FeeRelief::percent));
        if (relief.isPresent() && relief.get().percent() == 100) {
            return new Due(
                    0, FeeStatus.EXEMPT, RELIEF_RULE + ": " + relief.get().ground());
        }
        Optional<FeeBasis> basis = basisFor(month, bases);
        if (basis.isEmpty()) {
            return new Due(0, FeeStatus.NO_BASIS, RULE);
        }
        BigDecimal gross = gross(basis.get(), fixedAmounts);
        String rule = RULE + ": " + basis.get().category();
        if (relief.isPresent()) {
            int percent = relief.get().percent();
            gross = gross.multiply(BigDecimal.valueOf(100 - percent)).divide(BigDecimal.valueOf(100));
            rule += ", giảm " + percent + "% (" + RELIEF_RULE + ")";
        }
        return new Due(gross.setScale(0, RoundingMode.HALF_UP).longValueExact(), null, rule);
    }

    /**
     * The same amount as {@link #due} as a SQL expression, for the set-based reports over a subtree: rate × basis less
     * the reduction, rounded once half up to a whole đồng, computed in integers so that both databases round alike
     * ({@code (2n + d) / 2d} for the exact {@code n / d}). It leaves out the 50-year exemption, which needs the
     * membership age of {@code member.MembershipAges}: the callers take it off for those members.
     *
     * @param category the column of the basis category in force
     * @param amount the column of its amount
     * @param percent the column of the largest relief percent in force, {@code NULL} for none
     * @return the expression; its parameters are {@link #dueSqlParams}
     */
    public static String dueSql(String category, String amount, String percent) {
        String numerator = "(CASE " + category + " WHEN 'BHXH_SALARY' THEN COALESCE(" + amount
                + ", 0) WHEN 'BHXH_ALLOWANCE' THEN COALESCE(" + amount + ", 0) WHEN 'PENSION' THEN COALESCE(" + amount
                + ", 0) WHEN 'STUDENT' THEN " + STUDENT_AMOUNT + " WHEN 'NON_BHXH' THEN :feeFixedNonBhxh"
                + " WHEN 'ABROAD' THEN :feeFixedAbroad ELSE 0 END) * (100 - COALESCE(" + percent + ", 0))";
        // 1 % = n / 100 / 100, 0.5 % = n / 200 / 100, fixed amounts n / 100 (the reduction's hundredths)
        String denominator = "(CASE " + category + " WHEN 'BHXH_SALARY' THEN 10000 WHEN 'BHXH_ALLOWANCE' THEN 10000"
                + " WHEN 'PENSION' THEN 20000 ELSE 100 END)";
        return "((2 * " + numerator + " + " + denominator + ") / (2 * " + denominator + "))";
    }

    /** The parameters of {@link #dueSql}: the fixed amounts of the settings. */
    public static Map<String, Object> dueSqlParams(Map<FeeCategory, Long> fixedAmounts) {
        return Map.of(
                "feeFixedNonBhxh", fixedAmounts.getOrDefault(FeeCategory.NON_BHXH, 0L),
                "feeFixedAbroad", fixedAmounts.getOrDefault(FeeCategory.ABROAD, 0L));
    }

    /** The basis in force in the month: the latest that starts in it or before. */
    static Optional<FeeBasis> basisFor(YearMonth month, List<FeeBasis> bases) {
        return bases.stream().filter(b -> !b.fromMonth().isAfter(month)).max(Comparator.comparing(FeeBasis::fromMonth));
    }

    /** The exact fee before relief. */
    static BigDecimal gross(FeeBasis basis, Map<FeeCategory, Long> fixedAmounts) {
        return switch (basis.category()) {
            case BHXH_SALARY, BHXH_ALLOWANCE ->
                BigDecimal.valueOf(amountOf(basis)).multiply(ONE_PERCENT);
            case PENSION -> BigDecimal.valueOf(amountOf(basis)).multiply(HALF_PERCENT);
            case STUDENT -> BigDecimal.valueOf(STUDENT_AMOUNT);
            case NON_BHXH, ABROAD -> BigDecimal.valueOf(fixedAmounts.getOrDefault(basis.category(), 0L));
        };
    }

    private static long amountOf(FeeBasis basis) {
        return basis.amount() == null ? 0 : basis.amount();
    }

    /** Whether a category's fee is a rate of an amount the basis must give. */
    public static boolean needsAmount(FeeCategory category) {
        return switch (category) {
            case BHXH_SALARY, BHXH_ALLOWANCE, PENSION -> true;
            case STUDENT, NON_BHXH, ABROAD -> false;
        };
    }

    /** Checks a basis before it is written: a rated category needs a positive amount, the others none. */
    public static void checkBasis(FeeCategory category, @Nullable Long amount) {
        if (needsAmount(category) && (amount == null || amount <= 0)) {
            throw DomainException.rule("fee.basis.amount-required", category).onField("amount");
        }
        if (!needsAmount(category) && amount != null) {
            throw DomainException.rule("fee.basis.amount-not-used", category).onField("amount");
        }
    }

    /**
     * Checks a relief before it is written (Art. 5): exemptions for the listed grounds; for hardship an exemption or
     * a reduction of 30, 50 or 70 % for at most 12 months.
     */
    public static void checkRelief(FeeReliefGround ground, int percent, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw DomainException.rule("fee.relief.period-invalid", from, to).onField("toMonth");
        }
        if (ground != FeeReliefGround.HARDSHIP && percent != 100) {
            throw DomainException.rule("fee.relief.exemption-only", ground).onField("percent");
        }
        if (ground == FeeReliefGround.HARDSHIP) {
            if (percent != 100 && !REDUCTIONS.contains(percent)) {
                throw DomainException.rule("fee.relief.percent-invalid", percent)
                        .onField("percent");
            }
            long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
            if (months > MAX_HARDSHIP_MONTHS) {
                throw DomainException.rule("fee.relief.too-long", months, MAX_HARDSHIP_MONTHS)
                        .onField("toMonth");
            }
        }
    }

    /** The status of a month from its due, what was paid and whether it has begun. */
    public static FeeStatus status(Due due, long paid, boolean begun) {
        if (due.status() == FeeStatus.EXEMPT) {
            return FeeStatus.EXEMPT;
        }
        if (due.status() == FeeStatus.NO_BASIS) {
            return paid > 0 ? FeeStatus.PAID : FeeStatus.NO_BASIS;
        }
        if (paid >= due.due()) {
            return FeeStatus.PAID;
        }
        if (paid > 0) {
            return FeeStatus.PARTIAL;
        }
        return begun ? FeeStatus.UNPAID : FeeStatus.UPCOMING;
    }
}

package vn.dangvu.congress.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts and shares written the Vietnamese way, as the press reports a congress season: "2.309/2.310 (99,96 %)" — a
 * dot between thousands, a comma before decimals, at most two decimals, a space before the percent sign. A share short
 * of the whole never reads as 100 %.
 */
public final class ShareFormat {

    private ShareFormat() {}

    /** {@code 1234567} → {@code 1.234.567}. */
    public static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + text;
    }

    /** The percentage of {@code part} in {@code whole}, e.g. {@code 99,96 %}; {@code 0 %} of nothing. */
    public static String percent(long part, long whole) {
        if (whole <= 0) {
            return "0 %";
        }
        BigDecimal share = BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        if (part < whole && share.compareTo(BigDecimal.valueOf(100)) >= 0) {
            share = new BigDecimal("99.99");
        }
        if (part > 0 && share.signum() == 0) {
            share = new BigDecimal("0.01");
        }
        String plain = share.stripTrailingZeros().toPlainString();
        return plain.replace('.', ',') + " %";
    }

    /** {@code 2.309/2.310 (99,96 %)}. */
    public static String share(long part, long whole) {
        return count(part) + "/" + count(whole) + " (" + percent(part, whole) + ")";
    }
}

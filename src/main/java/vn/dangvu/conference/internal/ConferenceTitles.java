package vn.dangvu.conference.internal;

import org.jspecify.annotations.Nullable;
import vn.dangvu.conference.ConferenceBody;

/**
 * The Vietnamese title of a numbered conference, as the committee's own documents write it (REGULATIONS §1.4: "Hội nghị
 * lần thứ mười một Ban Chấp hành Đảng bộ Thành phố khóa XVII"): the sequence number within the body's term as an
 * ordinal in words, the body, the unit, and the term ("khóa") as the congress number in Roman numerals (HD 06-HD/TW:
 * the congress number continues earlier terms, REGULATIONS §1.3).
 */
public final class ConferenceTitles {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    private ConferenceTitles() {}

    /**
     * The title of a conference: {@code Hội nghị lần thứ <ordinal> <body> <unit> khóa <roman>}; without a term the
     * "khóa" part is left out.
     */
    public static String title(int number, ConferenceBody body, String unitName, @Nullable Integer congressNumber) {
        StringBuilder title =
                new StringBuilder("Hội nghị lần ").append(ordinal(number)).append(' ');
        String prefix = body.titlePrefix();
        if (!prefix.isEmpty() && !unitName.startsWith(prefix)) {
            title.append(prefix).append(' ');
        }
        title.append(unitName);
        if (congressNumber != null) {
            title.append(" khóa ").append(roman(congressNumber));
        }
        return title.toString();
    }

    /**
     * An ordinal in words: {@code thứ nhất}, {@code thứ hai}, {@code thứ tư}, then {@code thứ} and the cardinal
     * ({@code thứ mười một}, {@code thứ hai mươi mốt}, {@code thứ hai mươi tư}).
     */
    public static String ordinal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ordinal of " + n);
        }
        return switch (n) {
            case 1 -> "thứ nhất";
            case 4 -> "thứ tư";
            default -> "thứ " + words(n);
        };
    }

    /**
     * A cardinal from 0 to 999 999 in words, with the usual changes of the units after a ten: {@code mười lăm},
     * {@code hai mươi mốt}, {@code hai mươi tư}, {@code hai mươi lăm}, {@code một trăm linh năm}; {@code mười} alone,
     * {@code mươi} after a digit.
     */
    public static String words(int n) {
        if (n < 0 || n > 999_999) {
            throw new IllegalArgumentException("number out of range: " + n);
        }
        if (n == 0) {
            return DIGITS[0];
        }
        if (n >= 1000) {
            String thousands = words(n / 1000) + " nghìn";
            int rest = n % 1000;
            if (rest == 0) {
                return thousands;
            }
            return thousands + " " + (rest < 100 ? "không trăm " + belowHundred(rest, true) : belowThousand(rest));
        }
        return belowThousand(n);
    }

    private static String belowThousand(int n) {
        if (n < 100) {
            return belowHundred(n, false);
        }
        String hundreds = DIGITS[n / 100] + " trăm";
        int rest = n % 100;
        return rest == 0 ? hundreds : hundreds + " " + belowHundred(rest, true);
    }

    /** 1–99; {@code afterHundred} writes a lone unit as {@code linh một}. */
    private static String belowHundred(int n, boolean afterHundred) {
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 0) {
            return afterHundred ? "linh " + DIGITS[unit] : DIGITS[unit];
        }
        if (tens == 1) {
            return switch (unit) {
                case 0 -> "mười";
                case 5 -> "mười lăm";
                default -> "mười " + DIGITS[unit];
            };
        }
        String head = DIGITS[tens] + " mươi";
        return switch (unit) {
            case 0 -> head;
            case 1 -> head + " mốt";
            case 4 -> head + " tư";
            case 5 -> head + " lăm";
            default -> head + " " + DIGITS[unit];
        };
    }

    /** A Roman numeral from 1 to 3999 (the "khóa" of a term: XVII). */
    public static String roman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("roman numeral of " + n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}

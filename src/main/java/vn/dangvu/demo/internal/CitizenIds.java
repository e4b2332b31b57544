package vn.dangvu.demo.internal;

import java.time.LocalDate;

/**
 * The shape of a citizen identity card number (căn cước công dân): 12 digits, the 3-digit province of birth
 * registration ({@code 001} is Hà Nội), a century-and-sex digit (0 man and 1 woman born in the 1900s, 2 and 3 in the
 * 2000s, and so on), the last two digits of the birth year, then 6 digits.
 */
final class CitizenIds {

    static final String HANOI = "001";

    private CitizenIds() {}

    static String of(boolean female, LocalDate birthDate, int serial) {
        if (serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("serial " + serial);
        }
        int year = birthDate.getYear();
        int century = (year / 100 - 19) * 2 + (female ? 1 : 0);
        if (century < 0 || century > 9) {
            throw new IllegalArgumentException("birth year " + year);
        }
        return HANOI + century + "%02d".formatted(year % 100) + "%06d".formatted(serial);
    }

    /** Whether {@code id} fits the shape for this sex and birth date. */
    static boolean fits(String id, boolean female, LocalDate birthDate) {
        return id.length() == 12
                && id.chars().allMatch(Character::isDigit)
                && id.startsWith(of(female, birthDate, 0).substring(0, 6));
    }
}

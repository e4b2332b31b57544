package vn.dangvu.shared.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text for search and sorting, computed in the application so that PostgreSQL and the embedded H2
 * behave alike and a plain B-tree serves prefix search (PERF-BASELINE §4: a stored normalised key beats
 * {@code unaccent()} at query time by three orders of magnitude).
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Letters in Vietnamese alphabetical order (foreign letters at their Latin places). */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    private VietnameseText() {}

    /** NFC form with single spaces: how names are stored and shown (NFD input would misplace tone marks in PDFs). */
    public static String clean(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        String stripped = nfc.strip();
        // most text is already single-spaced: no pattern to run (an import cleans millions of values)
        return singleSpaced(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" ");
    }

    /** Whether the only whitespace {@link #SPACES} knows ({@code \t \n \x0B \f \r} and space) is single spaces. */
    private static boolean singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : c >= '\t' && c <= '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The search key: lower case, diacritics removed, đ→d, single spaces. "Nguyễn Thị Tuyến" → "nguyen thi tuyen";
     * so "d" finds "đ" and a query normalised the same way matches by prefix or substring.
     */
    public static String searchKey(String text) {
        String lower = clean(text).toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * A key whose binary order is the order of Vietnamese name lists: by given name, then family name, then middle
     * names; letters in Vietnamese alphabetical order (a < ă < â, d < đ …) and, for equal letters, by tone
     * (none, huyền, hỏi, ngã, sắc, nặng).
     */
    public static String nameSortKey(String fullName) {
        String[] words = clean(fullName).toLowerCase(Locale.ROOT).split(" ");
        if (words.length == 1) {
            return wordKey(words[0]);
        }
        String given = words[words.length - 1];
        String family = words[0];
        String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
        StringBuilder key = new StringBuilder(wordKey(given)).append(' ').append(wordKey(family));
        for (String word : middle.isEmpty() ? new String[0] : middle.split(" ")) {
            key.append(' ').append(wordKey(word));
        }
        return key.toString();
    }

    /**
     * Letters as order-preserving characters from '0' upwards, then the word's tone as '!'…'&'. Every mark after a
     * letter belongs to it, in whatever order: NFD puts the dot below (nặng) before a breve or circumflex, so "ặ" is
     * a, dot below, breve, and the breve is not the next character.
     */
    static String wordKey(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        int tone = 0;
        int i = 0;
        while (i < decomposed.length()) {
            char letter = decomposed.charAt(i++);
            while (i < decomposed.length() && Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = decomposed.charAt(i++);
                int toneOfMark = toneOf(mark);
                if (toneOfMark > 0) {
                    tone = toneOfMark;
                } else {
                    letter = modified(letter, mark);
                }
            }
            int index = ALPHABET.indexOf(letter);
            letters.append(index >= 0 ? (char) ('0' + index) : letter);
        }
        return letters.append((char) ('!' + tone)).toString();
    }

    private static char modified(char base, char mark) {
        return switch (mark) {
            case '\u0306' -> base == 'a' ? 'ă' : base;
            case '\u0302' -> base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : base;
            case '\u031B' -> base == 'o' ? 'ơ' : base == 'u' ? 'ư' : base;
            default -> base;
        };
    }

    private static int toneOf(char mark) {
        return switch (mark) {
            case '\u0300' -> 1; // huyền
            case '\u0309' -> 2; // hỏi
            case '\u0303' -> 3; // ngã
            case '\u0301' -> 4; // sắc
            case '\u0323' -> 5; // nặng
            default -> 0;
        };
    }
}

package vn.dangvu.congress.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.congress.CongressKind;
import vn.dangvu.org.OrgUnitKind;

/**
 * The congress number "lần thứ …" and the title of a congress (HD 06-HD/TW, REGULATIONS §1.3):
 *
 * <ul>
 *   <li>the number continues the organisation's earlier terms: the highest number held so far plus one;
 *   <li>an organisation formed by a merge or a split counts the historical congresses of the organisations it came
 *       from, split and merge periods included: the highest (continuing) count of its predecessors, plus the current
 *       congress;
 *   <li>a newly created organisation with no history starts a new count at 1.
 * </ul>
 *
 * The congress may record another number when the organisation's own records say otherwise (an override with its
 * reason). Titles follow the press: "Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025–2030".
 */
final class CongressNumberPolicy {

    private CongressNumberPolicy() {}

    /**
     * What is known of a unit's past congresses.
     *
     * @param unitId the unit
     * @param ownHighest the highest congress number of its own terms, null when none is recorded
     * @param predecessors the units it continues (absorbed into it, or the one it was split from)
     */
    record Lineage(long unitId, @Nullable Integer ownHighest, List<Lineage> predecessors) {

        Lineage {
            predecessors = List.copyOf(predecessors);
        }
    }

    /** The highest congress number of a unit counting its predecessors, 0 when it has none. */
    static int highest(Lineage lineage) {
        int highest = lineage.ownHighest() == null ? 0 : lineage.ownHighest();
        for (Lineage predecessor : lineage.predecessors()) {
            highest = Math.max(highest, highest(predecessor));
        }
        return highest;
    }

    /** The number of the unit's next congress: 1 for a new organisation. */
    static int next(Lineage lineage) {
        return highest(lineage) + 1;
    }

    /** "Đại hội [đại biểu] <unit> lần thứ <roman>, nhiệm kỳ <from>–<to>". */
    static String title(CongressKind kind, String unitName, int number, int termFrom, int termTo) {
        return "Đại hội " + (kind == CongressKind.DELEGATES ? "đại biểu " : "") + unitName + " lần thứ " + roman(number)
                + ", nhiệm kỳ " + termFrom + "–" + termTo;
    }

    /** Whether the unit's kind holds congresses at all (a tổ đảng elects its leader in a meeting). */
    static boolean holdsCongress(OrgUnitKind kind) {
        return kind != OrgUnitKind.PARTY_GROUP && kind != OrgUnitKind.NATIONAL;
    }

    /** Roman numerals, as congress numbers are written (XVIII). */
    static String roman(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("congress number " + number);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder text = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                text.append(symbols[i]);
                rest -= values[i];
            }
        }
        return text.toString();
    }
}

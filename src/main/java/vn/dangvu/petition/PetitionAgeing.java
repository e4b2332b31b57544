package vn.dangvu.petition;

import java.time.LocalDate;
import java.util.List;

/**
 * Open petitions of a subtree by age on a day, per handling unit (the articles' "cases unresolved for 10 or 20
 * years"). The age bands are exclusive: up to 1 year, over 1 to 5, over 5 to 10, over 10 to 20, over 20 years.
 *
 * @param asOf the day ages are counted to
 * @param units one row per unit with open petitions
 * @param total the sum of the rows
 */
public record PetitionAgeing(LocalDate asOf, List<Row> units, Row total) {

    /**
     * The open petitions of one unit by age band.
     *
     * @param unitId the unit (0 for the total)
     * @param unitName its name
     * @param upToOne received at most 1 year ago
     * @param overOne over 1 and at most 5 years
     * @param overFive over 5 and at most 10 years
     * @param overTen over 10 and at most 20 years
     * @param overTwenty over 20 years
     * @param open all open petitions
     */
    public record Row(
            long unitId,
            String unitName,
            long upToOne,
            long overOne,
            long overFive,
            long overTen,
            long overTwenty,
            long open) {}
}

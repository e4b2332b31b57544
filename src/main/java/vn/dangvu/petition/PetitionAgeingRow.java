package vn.dangvu.petition;

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
public record PetitionAgeingRow(
        long unitId,
        String unitName,
        long upToOne,
        long overOne,
        long overFive,
        long overTen,
        long overTwenty,
        long open) {}

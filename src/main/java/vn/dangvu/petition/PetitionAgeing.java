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
public record PetitionAgeing(LocalDate asOf, List<PetitionAgeingRow> units, PetitionAgeingRow total) {}

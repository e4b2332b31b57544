package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.org.OrgUnitRef;

/**
 * How the counted members of an organisation's subtree changed over a period (both days included), balanced: {@code
 * start + sum(in) - sum(out) = end}, where start is the count at the end of the day before {@code from} and end the
 * count at the end of {@code to}. A move between two units of the subtree is neither in nor out for it (it is for the
 * children concerned).
 *
 * @param unit the organisation
 * @param from first day
 * @param to last day
 * @param start counted members on the day before {@code from}
 * @param in arrivals by kind: ADMITTED (ceremony held), READMITTED, TRANSFERRED_IN (official transfers), TEMPORARY_IN,
 *     REORGANISED_IN (unit changes), OTHER_IN
 * @param out departures by kind: TRANSFERRED_OUT, TEMPORARY_OUT, DIED, REMOVED, EXPELLED, LEFT, REORGANISED_OUT,
 *     OTHER_OUT
 * @param recognised probationary members recognised as official within the period (a change of status, not of count)
 * @param end counted members at the end of {@code to}
 * @param balanced whether the figures balance (they always should; shown as the check)
 * @param children the same figures per direct child organisation
 */
public record Movements(
        OrgUnitRef unit,
        LocalDate from,
        LocalDate to,
        long start,
        List<SubtreeStatistics.Bucket> in,
        List<SubtreeStatistics.Bucket> out,
        long recognised,
        long end,
        boolean balanced,
        List<ChildMovements> children) {

    /** A direct child's movements over the same period. */
    public record ChildMovements(
            OrgUnitRef unit, long start, long in, long out, long recognised, long end, boolean balanced) {}
}

package vn.dangvu.duty;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fee collection of a unit's subtree for a year or one month of it: due and collected per cell, rolled up, and the
 * amounts each level keeps under the retention setting ({@code dangvu.fees.retention}, unconfirmed).
 *
 * @param orgUnitId the unit
 * @param orgUnitName its name
 * @param year the year
 * @param month the month (1–12), or {@code null} for the whole year (up to the current month)
 * @param cells one row per cell with members on its list or payments
 * @param due total due
 * @param collected total collected
 * @param rate collected / due in percent (0 when nothing is due)
 * @param levels the collected amount split between the levels
 */
public record FeeCollectionReport(
        long orgUnitId,
        String orgUnitName,
        int year,
        @Nullable Integer month,
        List<Cell> cells,
        long due,
        long collected,
        double rate,
        List<Level> levels) {

    public FeeCollectionReport {
        cells = List.copyOf(cells);
        levels = List.copyOf(levels);
    }

    /**
     * One cell's figures.
     *
     * @param orgUnitId the cell
     * @param name its name
     * @param members members on its list
     * @param due amount due
     * @param collected amount collected
     * @param rate collected / due in percent
     */
    public record Cell(long orgUnitId, String name, int members, long due, long collected, double rate) {}

    /**
     * The share a level keeps.
     *
     * @param level CELL, GRASSROOTS or UPPER
     * @param percent its share of the collected amount
     * @param amount the amount, rounded half up to whole đồng (the upper level takes the remainder)
     */
    public record Level(String level, int percent, long amount) {}
}

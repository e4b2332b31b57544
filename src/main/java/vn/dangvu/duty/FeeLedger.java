package vn.dangvu.duty;

import java.util.List;

/**
 * A cell's fee ledger for a year: its members × twelve months, with the totals of each month.
 *
 * @param orgUnitId the cell
 * @param orgUnitName its name
 * @param year the year
 * @param members one row per member on the cell's list
 * @param totals per month, January first
 */
public record FeeLedger(
        long orgUnitId, String orgUnitName, int year, List<FeeMemberYear> members, List<MonthTotal> totals) {

    public FeeLedger {
        members = List.copyOf(members);
        totals = List.copyOf(totals);
    }

    /**
     * The totals of one month.
     *
     * @param month 1 to 12
     * @param due total due
     * @param paid total paid
     * @param unpaid members with nothing paid for a begun month
     */
    public record MonthTotal(int month, long due, long paid, int unpaid) {}
}

package vn.dangvu.duty;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One member's fees over a year: a row of the cell's ledger, or the member's own view.
 *
 * @param memberId the member
 * @param fullName the member's name
 * @param cardNumber party card number, if issued
 * @param year the year
 * @param months the twelve months, January first
 * @param due total due in the year
 * @param paid total paid for the year's months
 * @param paidUpTo the last month up to which every month with a fee is paid or exempt, if any
 */
public record FeeMemberYear(
        UUID memberId,
        String fullName,
        @Nullable String cardNumber,
        int year,
        List<FeeMonth> months,
        long due,
        long paid,
        @Nullable YearMonth paidUpTo) {

    public FeeMemberYear {
        months = List.copyOf(months);
    }
}

package vn.dangvu.duty.internal.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.dangvu.duty.FeeMonth;
import vn.dangvu.duty.FeeStatus;

/**
 * The removal rule for unpaid fees: a member who does not pay party fees for 3 months in a year without good reason is
 * proposed by the cell for removal from the list (QĐ 01-QĐ/TW 03/02/2026; Charter Art. 8; REGULATIONS §3.9, §6;
 * ground {@code RemovalGround.INACTIVE_OR_UNPAID_FEES}).
 *
 * <p>Reading: the months need not be consecutive ("3 months in a year"); a month counts once it has ended with nothing
 * paid for it while a fee was due — an exempt month, a month without a basis and a month paid in part do not count
 * (a sanction is read narrowly). Whether the member had a good reason is for the cell to judge: the rule lists the
 * members who meet it, and the staff choose whom to propose.
 */
public final class ArrearsPolicy {

    /** The regulation applied. */
    public static final String RULE = "QĐ 01-QĐ/TW 03/02/2026; Điều lệ Đảng, Điều 8 (3 tháng không đóng đảng phí)";
    /** Unpaid months in a year that meet the rule. */
    public static final int UNPAID_MONTHS = 3;

    private ArrearsPolicy() {}

    /** The months of the year that ended, on {@code today}, with nothing paid for a fee due. */
    public static List<YearMonth> unpaidMonths(List<FeeMonth> months, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return months.stream()
                .filter(m -> m.month().isBefore(current) && m.status() == FeeStatus.UNPAID)
                .map(FeeMonth::month)
                .toList();
    }

    /** Whether the unpaid months reach the threshold. */
    public static boolean meetsRemovalRule(List<YearMonth> unpaid) {
        return unpaid.size() >= UNPAID_MONTHS;
    }

    /** The source key of the removal proposals of a year, one per member and year. */
    public static String sourceKey(int year) {
        return "fees:" + year;
    }
}

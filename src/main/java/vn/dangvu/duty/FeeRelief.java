package vn.dangvu.duty;

import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An exemption ({@code percent} 100) or reduction (30, 50 or 70 %) of a member's fee for a period of months, decided
 * by the cell (QĐ 01-QĐ/TW 2026, Art. 5).
 *
 * @param id relief id
 * @param memberId the member
 * @param ground why
 * @param percent how much of the fee is waived: 100, 70, 50 or 30
 * @param fromMonth first month
 * @param toMonth last month (inclusive)
 * @param decision the cell's decision or the application it answers
 * @param version optimistic-lock version
 */
public record FeeRelief(
        long id,
        UUID memberId,
        FeeReliefGround ground,
        int percent,
        YearMonth fromMonth,
        YearMonth toMonth,
        @Nullable String decision,
        long version) {}

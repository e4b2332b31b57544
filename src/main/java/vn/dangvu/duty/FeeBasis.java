package vn.dangvu.duty;

import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a member's fee is computed from, from a month until the next basis of the member.
 *
 * @param id basis id
 * @param memberId the member
 * @param category the member's category
 * @param amount the amount in VND the rate applies to (for {@link FeeCategory#BHXH_SALARY} the contribution salary of
 *     the month before each month it applies to); {@code null} for fixed-amount categories
 * @param fromMonth the first month it applies to
 * @param note free text (the salary slip, the pension decision …)
 * @param version optimistic-lock version
 */
public record FeeBasis(
        long id,
        UUID memberId,
        FeeCategory category,
        @Nullable Long amount,
        YearMonth fromMonth,
        @Nullable String note,
        long version) {}

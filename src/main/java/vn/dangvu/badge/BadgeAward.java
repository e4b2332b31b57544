package vn.dangvu.badge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A badge proposed for, or awarded to, a member: one per member and milestone.
 *
 * @param id award id
 * @param memberId the member
 * @param milestone years of membership (30, 40, 45 … 90)
 * @param occasion the award occasion (3/2, 19/5, 2/9 or 7/11)
 * @param kind normal, early for illness, or posthumous
 * @param state proposed or awarded
 * @param reason why an early or posthumous award is asked for
 * @param decisionNumber the committee's decision
 * @param decisionDate its date
 * @param decisionBody the committee
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param awardedBy who recorded the award
 * @param awardedAt when
 * @param version for the next change (409 when stale)
 */
public record BadgeAward(
        long id,
        UUID memberId,
        int milestone,
        LocalDate occasion,
        BadgeKind kind,
        BadgeState state,
        @Nullable String reason,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String decisionBody,
        String proposedBy,
        Instant proposedAt,
        @Nullable String awardedBy,
        @Nullable Instant awardedAt,
        long version) {}

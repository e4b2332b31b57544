package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Proposes a badge, or records its award.
 *
 * @param memberId the member
 * @param milestone years (30, 40, 45 … 90)
 * @param occasion the award occasion
 * @param kind normal, illness (early) or posthumous
 * @param state {@code PROPOSED} to propose, {@code AWARDED} to record the committee's decision
 * @param reason required for illness and posthumous awards
 * @param decisionNumber required for an award
 * @param decisionDate required for an award
 * @param decisionBody the deciding committee
 * @param version the version of the proposal being awarded, if one was read
 */
public record SubmitBadge(
        UUID memberId,
        int milestone,
        LocalDate occasion,
        BadgeKind kind,
        BadgeState state,
        @Nullable String reason,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String decisionBody,
        @Nullable Long version) {}

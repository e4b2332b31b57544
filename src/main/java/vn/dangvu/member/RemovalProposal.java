package vn.dangvu.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposal that a member be removed from the list (xóa tên, REGULATIONS §3.9), raised by a rule of another module.
 *
 * @param id proposal id
 * @param memberId the member
 * @param fullName the member's name
 * @param orgUnitId the member's cell when proposed
 * @param ground the ground of Charter Art. 8
 * @param reason the facts that meet it
 * @param sourceKey what raised it, unique per member (e.g. {@code fees:2026})
 * @param proposedOn the day it was raised
 * @param proposedBy who raised it
 * @param state open, dismissed or done
 * @param closedReason why it was dismissed, or which recorded step closed it
 * @param closedEventId the lifecycle event (removal, expulsion, leaving) that closed it as done, if any
 * @param version optimistic-lock version
 */
public record RemovalProposal(
        long id,
        UUID memberId,
        String fullName,
        long orgUnitId,
        RemovalGround ground,
        String reason,
        String sourceKey,
        LocalDate proposedOn,
        String proposedBy,
        RemovalProposalState state,
        @Nullable String closedReason,
        @Nullable Long closedEventId,
        long version) {}

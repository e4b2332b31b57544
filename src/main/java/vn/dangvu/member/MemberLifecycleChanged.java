package vn.dangvu.member;

import java.time.Instant;
import java.util.UUID;

/**
 * A lifecycle step was recorded, corrected or annulled.
 *
 * @param memberId whose step
 * @param eventId the new event row ({@code 0} for a registration)
 * @param kind the step
 * @param status the member's status after it
 * @param occurredAt when it was recorded
 */
public record MemberLifecycleChanged(
        UUID memberId, long eventId, LifecycleEventKind kind, MemberStatus status, Instant occurredAt) {}

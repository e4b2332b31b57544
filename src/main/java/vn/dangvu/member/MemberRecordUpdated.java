package vn.dangvu.member;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's record was edited.
 *
 * @param member the member
 * @param version the record's version after the edit
 * @param occurredAt when
 */
public record MemberRecordUpdated(UUID member, long version, Instant occurredAt) {}

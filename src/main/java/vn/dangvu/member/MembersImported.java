package vn.dangvu.member;

import java.time.Instant;

/**
 * Members were written in bulk by an import into the subtree of {@code orgUnitId} (new rows and updated records), in
 * one transaction, without a {@link MemberLifecycleChanged} per row: listeners refresh set-based.
 *
 * @param orgUnitId the import's target unit; every written member is in its subtree
 * @param inserted new members
 * @param updated updated records
 * @param occurredAt when
 */
public record MembersImported(long orgUnitId, long inserted, long updated, Instant occurredAt) {}

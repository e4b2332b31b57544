package vn.dangvu.member;

import java.time.Instant;
import java.util.UUID;

/**
 * Members were written in bulk by an import into the subtree of {@code orgUnitId} (new rows and updated records), in
 * one transaction, without a {@link MemberLifecycleChanged} per row: listeners refresh set-based.
 *
 * <p>The members written are listed in the view {@code member_import_written} under {@code importId} while the
 * import's transaction runs (listeners are synchronous): new rows, and existing records whose fields changed.
 *
 * @param orgUnitId the import's target unit; every written member is in its subtree
 * @param importId the import, the key of its written members in {@code member_import_written}
 * @param inserted new members
 * @param updated updated records
 * @param occurredAt when
 */
public record MembersImported(long orgUnitId, UUID importId, long inserted, long updated, Instant occurredAt) {}

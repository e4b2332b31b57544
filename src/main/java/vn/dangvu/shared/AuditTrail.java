package vn.dangvu.shared;

import org.jspecify.annotations.Nullable;

/**
 * Port of the append-only audit log (implemented by the security module). Every write and every read of a
 * member's personal record is recorded through it, in the caller's transaction for writes, so that a rolled-back
 * write leaves no entry.
 */
public interface AuditTrail {

    /**
     * Records an action.
     *
     * @param action dotted action name, e.g. {@code member.read}, {@code org-unit.create}
     * @param entityType the kind of record touched, e.g. {@code member}
     * @param entityId its id
     * @param change the change (request body or new state), digested with SHA-256; {@code null} for reads
     */
    void record(String action, @Nullable String entityType, @Nullable Object entityId, @Nullable Object change);
}

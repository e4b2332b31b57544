package vn.dangvu.security.internal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as the administrator's screen shows it.
 *
 * @param seq position in the chain
 * @param occurredAt when
 * @param username who (login name)
 * @param address client address
 * @param requestId request id, to find the request's log lines
 * @param action what, e.g. {@code member.read}
 * @param entityType kind of record touched
 * @param entityId its id
 * @param digest SHA-256 of the change
 * @param hash this entry's chain hash
 */
public record AuditEntryView(
        long seq,
        Instant occurredAt,
        @Nullable String username,
        @Nullable String address,
        @Nullable String requestId,
        String action,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable String digest,
        String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(
                e.seq(),
                Instant.ofEpochMilli(e.occurredAtMillis()),
                e.username(),
                e.address(),
                e.requestId(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.digest(),
                e.hash());
    }
}

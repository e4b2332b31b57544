package vn.dangvu.security.internal.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit log, as stored and hashed. */
record AuditEntry(
        long seq,
        long occurredAtMillis,
        @Nullable UUID accountId,
        @Nullable String username,
        @Nullable String address,
        @Nullable String requestId,
        String action,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable String digest,
        String prevHash,
        String hash) {}

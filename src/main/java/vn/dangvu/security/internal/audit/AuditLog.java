package vn.dangvu.security.internal.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.security.internal.SessionUser;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.web.RequestLogFilter;

/**
 * Appends to the hash-chained audit log. The chain head row is locked while an entry is appended, so entries get
 * consecutive numbers and each names exactly one predecessor; the lock is held to the end of the caller's
 * transaction, which is what makes a rolled-back write leave no entry.
 */
@Component
public class AuditLog implements AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, @Nullable String entityType, @Nullable Object entityId, @Nullable Object change) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        UUID accountId = null;
        String username = null;
        if (auth != null && auth.getPrincipal() instanceof SessionUser principal) {
            accountId = principal.accountId();
            username = principal.username();
        }
        append(accountId, username, clientAddress(), action, entityType, entityId, digest(change));
    }

    /** Records an action of a known (or attempted) account outside a logged-in session: logins, logouts. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFor(
            @Nullable UUID accountId,
            @Nullable String username,
            @Nullable String address,
            String action,
            @Nullable String entityType,
            @Nullable Object entityId) {
        append(accountId, username, address, action, entityType, entityId, null);
    }

    private void append(
            @Nullable UUID accountId,
            @Nullable String username,
            @Nullable String address,
            String action,
            @Nullable String entityType,
            @Nullable Object entityId,
            @Nullable String digest) {
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (Long) head[0] + 1;
        long millis = clock.millis();
        AuditEntry unsealed = new AuditEntry(
                seq,
                millis,
                accountId,
                truncate(username, 64),
                truncate(address, 64),
                truncate(MDC.get(RequestLogFilter.REQUEST_ID), 64),
                action,
                entityType,
                entityId == null ? null : truncate(entityId.toString(), 64),
                digest,
                (String) head[1],
                "");
        String hash = AuditHash.of(unsealed);
        jdbc.sql("""
                        INSERT INTO audit_entry (seq, occurred_at, account_id, username, address, request_id, action,
                                                 entity_type, entity_id, digest, prev_hash, hash)
                        VALUES (:seq, :at, :account, :username, :address, :requestId, :action, :entityType, :entityId,
                                :digest, :prev, :hash)""")
                .param("seq", seq)
                .param("at", Timestamp.from(java.time.Instant.ofEpochMilli(millis)))
                .param("account", unsealed.accountId())
                .param("username", unsealed.username())
                .param("address", unsealed.address())
                .param("requestId", unsealed.requestId())
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", unsealed.entityId())
                .param("digest", digest)
                .param("prev", unsealed.prevHash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", seq)
                .param("hash", hash)
                .update();
    }

    private @Nullable String digest(@Nullable Object change) {
        if (change == null) {
            return null;
        }
        return AuditHash.sha256(json.writeValueAsString(change));
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

package vn.dangvu.security.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and every field of this one, separated so that no
 * two different entries hash the same text. Changing, deleting or inserting an entry breaks every hash after it.
 */
final class AuditHash {

    private AuditHash() {}

    static String of(AuditEntry entry) {
        return sha256(String.join(
                "\u001f",
                entry.prevHash(),
                Long.toString(entry.seq()),
                Long.toString(entry.occurredAtMillis()),
                text(entry.accountId()),
                text(entry.username()),
                text(entry.address()),
                text(entry.requestId()),
                entry.action(),
                text(entry.entityType()),
                text(entry.entityId()),
                text(entry.digest())));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "\u0000" : value.toString();
    }
}

package vn.dangvu.member.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.DomainException;

/**
 * The member's photo. The type is decided by the file's first bytes, never by what the client claims, so that a
 * script renamed to .jpg is refused; the size limit keeps a portrait a portrait.
 */
@Component
public class MemberPhotoStore {

    /** A stored photo. */
    public record Photo(String contentType, byte[] bytes, String sha256) {}

    /** Largest photo accepted: a 2×3 cm portrait scanned at 600 dpi fits comfortably. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final JdbcClient jdbc;

    MemberPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The content type of an acceptable photo; refuses anything else. */
    public static String checkedType(byte[] bytes) {
        if (bytes.length == 0) {
            throw DomainException.rule("member.photo.empty").onField("file");
        }
        if (bytes.length > MAX_BYTES) {
            throw DomainException.rule("member.photo.too-large", MAX_BYTES / 1024)
                    .onField("file");
        }
        if (startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        throw DomainException.rule("member.photo.type").onField("file");
    }

    public void save(UUID memberId, byte[] bytes, Instant now) {
        String type = checkedType(bytes);
        jdbc.sql("DELETE FROM member_photo WHERE member_id = :id")
                .param("id", memberId)
                .update();
        jdbc.sql("""
                        INSERT INTO member_photo (member_id, content_type, bytes, sha256, updated_at)
                        VALUES (:id, :type, :bytes, :sha, :at)""")
                .param("id", memberId)
                .param("type", type)
                .param("bytes", bytes)
                .param("sha", sha256(bytes))
                .param("at", Timestamp.from(now))
                .update();
    }

    public Optional<Photo> find(UUID memberId) {
        return jdbc.sql("SELECT content_type, bytes, sha256 FROM member_photo WHERE member_id = :id")
                .param("id", memberId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

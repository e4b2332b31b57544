package vn.dangvu.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberDocument;
import vn.dangvu.member.MemberDocumentKind;
import vn.dangvu.shared.DomainException;

/**
 * The documents of members' files. The type is decided by the file's first bytes (PDF, JPEG, PNG), never by what the
 * client claims; documents are withdrawn, never deleted.
 */
@Component
class MemberDocumentStore {

    /** Largest document: a multi-page scan of a personal history at a readable resolution. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final JdbcClient jdbc;

    MemberDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String checkedType(byte[] bytes) {
        if (bytes.length == 0) {
            throw DomainException.rule("member.document.empty").onField("file");
        }
        if (bytes.length > MAX_BYTES) {
            throw DomainException.rule("member.document.too-large", MAX_BYTES / (1024 * 1024))
                    .onField("file");
        }
        if (MemberPhotoStore.startsWith(bytes, PDF)) {
            return "application/pdf";
        }
        if (MemberPhotoStore.startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (MemberPhotoStore.startsWith(bytes, PNG)) {
            return "image/png";
        }
        throw DomainException.rule("member.document.type").onField("file");
    }

    UUID add(
            UUID memberId,
            MemberDocumentKind kind,
            String title,
            String fileName,
            byte[] bytes,
            @Nullable Long eventId,
            Instant now,
            String by) {
        String type = checkedType(bytes);
        if (eventId != null && !eventOf(memberId, eventId)) {
            throw DomainException.notFound("member.event.not-found", eventId).onField("eventId");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO member_document (id, member_id, kind, title, file_name, content_type, size_bytes,
                               sha256, bytes, event_id, uploaded_at, uploaded_by)
                        VALUES (:id, :member, :kind, :title, :file, :type, :size, :sha, :bytes, :event, :now, :by)""")
                .param("id", id)
                .param("member", memberId)
                .param("kind", kind.name())
                .param("title", title)
                .param("file", fileName)
                .param("type", type)
                .param("size", bytes.length)
                .param("sha", MemberPhotoStore.sha256(bytes))
                .param("bytes", bytes)
                .param("event", eventId)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
        return id;
    }

    List<MemberDocument> list(UUID memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_document WHERE member_id = :m ORDER BY uploaded_at, id")
                .param("m", memberId)
                .query(MemberDocumentStore::document)
                .list();
    }

    Optional<MemberDocument> find(UUID memberId, UUID documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_document WHERE member_id = :m AND id = :id")
                .param("m", memberId)
                .param("id", documentId)
                .query(MemberDocumentStore::document)
                .optional();
    }

    byte[] content(UUID documentId) {
        return jdbc.sql("SELECT bytes FROM member_document WHERE id = :id")
                .param("id", documentId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    /** Withdraws a standing document; a document already withdrawn stays as it was (409). */
    void withdraw(UUID memberId, UUID documentId, String reason, Instant now, String by) {
        int rows = jdbc.sql("""
                        UPDATE member_document SET withdrawn_at = :now, withdrawn_by = :by, withdrawn_reason = :reason
                         WHERE member_id = :m AND id = :id AND withdrawn_at IS NULL""")
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("reason", reason)
                .param("m", memberId)
                .param("id", documentId)
                .update();
        if (rows == 0) {
            find(memberId, documentId)
                    .orElseThrow(() -> DomainException.notFound("member.document.not-found", documentId));
            throw DomainException.conflict("member.document.withdrawn");
        }
    }

    private boolean eventOf(UUID memberId, long eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_event WHERE id = :id AND member_id = :m")
                        .param("id", eventId)
                        .param("m", memberId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static final String COLUMNS = "id, member_id, kind, title, file_name, content_type, size_bytes, sha256,"
            + " event_id, uploaded_at, uploaded_by, withdrawn_at, withdrawn_by, withdrawn_reason";

    private static MemberDocument document(ResultSet rs, int n) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new MemberDocument(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                MemberDocumentKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                (Long) rs.getObject("event_id", Long.class),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_by"),
                rs.getString("withdrawn_reason"));
    }
}

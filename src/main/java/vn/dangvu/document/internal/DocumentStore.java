package vn.dangvu.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.dangvu.document.Confidentiality;
import vn.dangvu.document.DocumentAttachment;
import vn.dangvu.document.DocumentLink;
import vn.dangvu.document.DocumentScope;
import vn.dangvu.document.DocumentStatus;
import vn.dangvu.document.DocumentType;
import vn.dangvu.document.DraftDocument;
import vn.dangvu.document.LinkKind;
import vn.dangvu.document.ScopeKind;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.text.VietnameseText;

/** The {@code document*} rows: a document with its scope, links and attachments, receipts and bookmarks. */
@Component
public class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored columns of a document.
     *
     * @param id id
     * @param orgUnitId issuing unit
     * @param type type
     * @param issuerCode issuer suffix
     * @param congress congress document
     * @param incoming registered with its own number
     * @param number the number, once issued
     * @param numberText number and symbol
     * @param title title
     * @param summary summary
     * @param signer signer
     * @param issuedOn date of issue
     * @param effectiveOn date in force
     * @param confidentiality level
     * @param status status
     * @param publishedAt when published
     * @param version version
     */
    public record Row(
            long id,
            long orgUnitId,
            DocumentType type,
            String issuerCode,
            boolean congress,
            boolean incoming,
            @Nullable Integer number,
            @Nullable String numberText,
            String title,
            @Nullable String summary,
            @Nullable String signer,
            @Nullable LocalDate issuedOn,
            @Nullable LocalDate effectiveOn,
            Confidentiality confidentiality,
            DocumentStatus status,
            @Nullable Instant publishedAt,
            long version) {}

    public long insert(
            DraftDocument draft, String issuer, DocumentNumberPolicy.@Nullable Symbol symbol, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO document (org_unit_id, doc_type, issuer_code, congress, incoming, doc_number,
                               number_text, title, summary, signer, issued_on, effective_on, confidentiality, status,
                               search_text, created_at, created_by, updated_at, updated_by, version)
                        VALUES (:unit, :type, :issuer, :congress, :incoming, :number, :numberText, :title, :summary,
                               :signer, :issuedOn, :effectiveOn, :conf, 'DRAFT', '', :at, :by, :at, :by, 0)""")
                .param("unit", draft.orgUnitId())
                .param("type", draft.type().name())
                .param("issuer", issuer)
                .param("congress", draft.congress())
                .param("incoming", symbol != null)
                .param("number", symbol == null ? null : symbol.number())
                .param("numberText", symbol == null ? null : symbol.format())
                .param("title", VietnameseText.clean(draft.title()))
                .param("summary", trim(draft.summary()))
                .param("signer", trim(draft.signer()))
                .param("issuedOn", draft.issuedOn())
                .param("effectiveOn", draft.effectiveOn())
                .param("conf", draft.confidentiality().name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update(keys, "id");
        long id = java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
        replaceScopeAndLinks(id, draft);
        refreshSearchText(id);
        return id;
    }

    /** Rewrites a draft; a version other than the stored one is a stale write (409). */
    public void update(
            long id,
            long expectedVersion,
            DraftDocument draft,
            String issuer,
            DocumentNumberPolicy.@Nullable Symbol symbol,
            Instant at,
            String by) {
        int updated = jdbc.sql("""
                        UPDATE document SET org_unit_id = :unit, doc_type = :type, issuer_code = :issuer,
                               congress = :congress, incoming = :incoming, doc_number = :number,
                               number_text = :numberText, title = :title, summary = :summary, signer = :signer,
                               issued_on = :issuedOn, effective_on = :effectiveOn, confidentiality = :conf,
                               updated_at = :at, updated_by = :by, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("unit", draft.orgUnitId())
                .param("type", draft.type().name())
                .param("issuer", issuer)
                .param("congress", draft.congress())
                .param("incoming", symbol != null)
                .param("number", symbol == null ? null : symbol.number())
                .param("numberText", symbol == null ? null : symbol.format())
                .param("title", VietnameseText.clean(draft.title()))
                .param("summary", trim(draft.summary()))
                .param("signer", trim(draft.signer()))
                .param("issuedOn", draft.issuedOn())
                .param("effectiveOn", draft.effectiveOn())
                .param("conf", draft.confidentiality().name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
        jdbc.sql("DELETE FROM document_scope WHERE document_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM document_link WHERE document_id = :id")
                .param("id", id)
                .update();
        replaceScopeAndLinks(id, draft);
        refreshSearchText(id);
    }

    /** Publishes a draft with its number; a version other than the stored one is a stale write (409). */
    public void publish(
            long id,
            long expectedVersion,
            int number,
            String numberText,
            @Nullable Long termId,
            LocalDate issuedOn,
            Instant at,
            String by) {
        int updated = jdbc.sql("""
                        UPDATE document SET status = 'PUBLISHED', doc_number = :number, number_text = :numberText,
                               term_id = :term, issued_on = :issuedOn, published_at = :at, published_by = :by,
                               updated_at = :at, updated_by = :by, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("number", number)
                .param("numberText", numberText)
                .param("term", termId)
                .param("issuedOn", issuedOn)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
        refreshSearchText(id);
    }

    private void replaceScopeAndLinks(long id, DraftDocument draft) {
        for (DocumentScope row : draft.scope()) {
            jdbc.sql("INSERT INTO document_scope (document_id, kind, org_unit_id, role) VALUES (:id, :k, :u, :r)")
                    .param("id", id)
                    .param("k", row.kind().name())
                    .param(
                            "u",
                            row.kind() == ScopeKind.SUBTREE || row.kind() == ScopeKind.UNIT ? row.orgUnitId() : null)
                    .param(
                            "r",
                            row.kind() == ScopeKind.ROLE && row.role() != null
                                    ? row.role().name()
                                    : null)
                    .update();
        }
        for (DraftDocument.Link link : draft.links()) {
            jdbc.sql("INSERT INTO document_link (document_id, target_id, kind) VALUES (:id, :t, :k)")
                    .param("id", id)
                    .param("t", link.targetId())
                    .param("k", link.kind().name())
                    .update();
        }
    }

    /** Recomputes the search key over the number, title, summary and every attachment's text. */
    public void refreshSearchText(long id) {
        Row row = find(id).orElseThrow();
        StringBuilder text = new StringBuilder();
        if (row.numberText() != null) {
            text.append(row.numberText()).append(' ');
        }
        text.append(row.title()).append(' ');
        if (row.summary() != null) {
            text.append(row.summary()).append(' ');
        }
        jdbc.sql("SELECT text_content FROM document_attachment WHERE document_id = :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list()
                .forEach(t -> {
                    if (t != null) {
                        text.append(t).append(' ');
                    }
                });
        jdbc.sql("UPDATE document SET search_text = :text WHERE id = :id")
                .param("text", VietnameseText.searchKey(text.toString()))
                .param("id", id)
                .update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT * FROM document WHERE id = :id")
                .param("id", id)
                .query(DocumentStore::row)
                .optional();
    }

    public List<DocumentScope> scope(long id) {
        return jdbc.sql("SELECT kind, org_unit_id, role FROM document_scope WHERE document_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new DocumentScope(
                        ScopeKind.valueOf(rs.getString("kind")),
                        rs.getObject("org_unit_id", Long.class),
                        rs.getString("role") == null ? null : Role.valueOf(rs.getString("role"))))
                .list();
    }

    /** The documents this one replaces or amends ({@code outgoing}) or that replace or amend it. */
    public List<DocumentLink> links(long id, boolean outgoing) {
        String sql = outgoing
                ? "SELECT l.kind, o.id, o.number_text, o.title FROM document_link l JOIN document o ON o.id = l.target_id"
                        + " WHERE l.document_id = :id ORDER BY o.id"
                : "SELECT l.kind, o.id, o.number_text, o.title FROM document_link l JOIN document o ON o.id ="
                        + " l.document_id WHERE l.target_id = :id AND o.status = 'PUBLISHED' ORDER BY o.id";
        return jdbc.sql(sql)
                .param("id", id)
                .query((rs, n) -> new DocumentLink(
                        LinkKind.valueOf(rs.getString("kind")),
                        rs.getLong("id"),
                        rs.getString("number_text"),
                        rs.getString("title")))
                .list();
    }

    public List<DocumentAttachment> attachments(long id) {
        return jdbc.sql("SELECT * FROM document_attachment WHERE document_id = :id ORDER BY id")
                .param("id", id)
                .query(DocumentStore::attachment)
                .list();
    }

    public Optional<DocumentAttachment> attachment(long id, long attachmentId) {
        return jdbc.sql("SELECT * FROM document_attachment WHERE document_id = :id AND id = :a")
                .param("id", id)
                .param("a", attachmentId)
                .query(DocumentStore::attachment)
                .optional();
    }

    public long addAttachment(
            long id,
            String sha256,
            String fileName,
            String contentType,
            long size,
            String text,
            Instant at,
            String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO document_attachment (document_id, sha256, file_name, content_type, size_bytes,
                               text_content, created_at, created_by)
                        VALUES (:id, :sha, :name, :type, :size, :text, :at, :by)""")
                .param("id", id)
                .param("sha", sha256)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", size)
                .param("text", text)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update(keys, "id");
        jdbc.sql("UPDATE document SET version = version + 1, updated_at = :at, updated_by = :by WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .update();
        refreshSearchText(id);
        return java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    /** Notes the member's first opening; later openings change nothing. */
    public void markRead(long id, UUID memberId, Instant at) {
        jdbc.sql("""
                        INSERT INTO document_receipt (document_id, member_id, read_at) VALUES (:id, :m, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", id)
                .param("m", memberId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Notes the member's acknowledgement (once; the first one stays). */
    public void acknowledge(long id, UUID memberId, Instant at) {
        markRead(id, memberId, at);
        jdbc.sql("""
                        UPDATE document_receipt SET acknowledged_at = :at
                         WHERE document_id = :id AND member_id = :m AND acknowledged_at IS NULL""")
                .param("id", id)
                .param("m", memberId)
                .param("at", Timestamp.from(at))
                .update();
    }

    public record Receipt(
            @Nullable Instant readAt, @Nullable Instant acknowledgedAt) {}

    public Optional<Receipt> receipt(long id, UUID memberId) {
        return jdbc.sql(
                        "SELECT read_at, acknowledged_at FROM document_receipt WHERE document_id = :id AND member_id = :m")
                .param("id", id)
                .param("m", memberId)
                .query((rs, n) -> new Receipt(instant(rs, "read_at"), instant(rs, "acknowledged_at")))
                .optional();
    }

    public void bookmark(long id, UUID accountId, Instant at) {
        jdbc.sql("""
                        INSERT INTO document_bookmark (document_id, account_id, created_at) VALUES (:id, :a, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", id)
                .param("a", accountId)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void unbookmark(long id, UUID accountId) {
        jdbc.sql("DELETE FROM document_bookmark WHERE document_id = :id AND account_id = :a")
                .param("id", id)
                .param("a", accountId)
                .update();
    }

    public boolean bookmarked(long id, UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM document_bookmark WHERE document_id = :id AND account_id = :a")
                        .param("id", id)
                        .param("a", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : VietnameseText.clean(text);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static DocumentAttachment attachment(ResultSet rs, int n) throws SQLException {
        return new DocumentAttachment(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("created_at").toInstant());
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("org_unit_id"),
                DocumentType.valueOf(rs.getString("doc_type")),
                rs.getString("issuer_code"),
                rs.getBoolean("congress"),
                rs.getBoolean("incoming"),
                rs.getObject("doc_number", Integer.class),
                rs.getString("number_text"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("signer"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class),
                Confidentiality.valueOf(rs.getString("confidentiality")),
                DocumentStatus.valueOf(rs.getString("status")),
                instant(rs, "published_at"),
                rs.getLong("version"));
    }
}

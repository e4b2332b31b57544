package vn.dangvu.document.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.document.Confidentiality;
import vn.dangvu.document.DocumentAttachment;
import vn.dangvu.document.DocumentManagement;
import vn.dangvu.document.DocumentReaders;
import vn.dangvu.document.DocumentScope;
import vn.dangvu.document.DocumentStatus;
import vn.dangvu.document.DocumentSummary;
import vn.dangvu.document.DocumentType;
import vn.dangvu.document.DocumentView;
import vn.dangvu.document.DraftDocument;
import vn.dangvu.document.LinkKind;
import vn.dangvu.document.NextNumber;
import vn.dangvu.document.ReadState;
import vn.dangvu.document.ScopeKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.files.BlobStore;

/** The document library over HTTP, for staff and for members (the handbook). */
@RestController
@RequestMapping("/api/v1/documents")
@Validated
class DocumentController {

    private final DocumentManagement management;
    private final DocumentQueries queries;
    private final DocumentStore store;
    private final BlobStore blobs;
    private final AuditTrail audit;

    DocumentController(
            DocumentManagement management,
            DocumentQueries queries,
            DocumentStore store,
            BlobStore blobs,
            AuditTrail audit) {
        this.management = management;
        this.queries = queries;
        this.store = store;
        this.blobs = blobs;
        this.audit = audit;
    }

    /** The library: documents the caller manages or that reach them, searched (diacritics ignored) and filtered. */
    @GetMapping
    @ReadsDocuments
    PageResult<DocumentSummary> search(
            @RequestParam(required = false) @Size(max = 200, message = "{document.q.size}") @Nullable String q,
            @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false)
                    @Min(value = 1900, message = "{document.year.range}")
                    @Max(value = 2200, message = "{document.year.range}")
                    @Nullable
                    Integer year,
            @RequestParam(required = false) @Size(max = 20, message = "{document.issuer.size}") @Nullable String issuer,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable DocumentStatus status,
            @RequestParam(defaultValue = "false") boolean bookmarked,
            @RequestParam(defaultValue = "false") boolean unread,
            @Valid @ParameterObject Paging paging,
            Actor actor) {
        return queries.search(
                new DocumentQueries.Filter(q, type, year, issuer, orgUnitId, status, bookmarked, unread),
                actor,
                paging);
    }

    /** One document; a member it reaches gets a read receipt the first time. */
    @GetMapping("/{id}")
    @ReadsDocuments
    DocumentView get(@PathVariable long id, Actor actor) {
        return management.open(id, actor);
    }

    /** An attachment's content (audited). */
    @GetMapping("/{id}/attachments/{attachmentId}")
    @ReadsDocuments
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
        if (!queries.isVisible(id, actor)) {
            throw DomainException.notFound("document.not-found", id);
        }
        DocumentAttachment attachment = store.attachment(id, attachmentId)
                .orElseThrow(() -> DomainException.notFound("document.attachment.not-found", attachmentId));
        audit.record("document.attachment.read", "document", id, Map.of("attachmentId", attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .eTag(attachment.sha256())
                .body(blobs.read(attachment.sha256()));
    }

    /** The calling member acknowledges the document (đã tiếp nhận). */
    @PostMapping("/{id}/acknowledgement")
    @ReadsDocuments
    DocumentView acknowledge(@PathVariable long id, Actor actor) {
        return management.acknowledge(id, actor);
    }

    /** Bookmarks the document for the caller. */
    @PutMapping("/{id}/bookmark")
    @ReadsDocuments
    ResponseEntity<Void> bookmark(@PathVariable long id, Actor actor) {
        management.bookmark(id, true, actor);
        return ResponseEntity.noContent().build();
    }

    /** Removes the caller's bookmark. */
    @DeleteMapping("/{id}/bookmark")
    @ReadsDocuments
    ResponseEntity<Void> unbookmark(@PathVariable long id, Actor actor) {
        management.bookmark(id, false, actor);
        return ResponseEntity.noContent().build();
    }

    /** Drafts a document, or registers an incoming one with its own number. */
    @PostMapping
    @WritesDocuments
    ResponseEntity<DocumentView> create(@Valid @RequestBody DocumentRequest request, Actor actor) {
        long id = management.create(request.toDraft(), actor);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(management.view(id, actor));
    }

    /** Rewrites a draft ({@code version} as last read; a stale one is a 409). */
    @PutMapping("/{id}")
    @WritesDocuments
    DocumentView update(@PathVariable long id, @Valid @RequestBody DocumentRequest request, Actor actor) {
        if (request.version() == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "document.version.required").onField("version");
        }
        management.update(id, request.toDraft(), request.version(), actor);
        return management.view(id, actor);
    }

    /** Publishes a draft, drawing its number unless it already has one. */
    @PostMapping("/{id}/publication")
    @WritesDocuments
    DocumentView publish(@PathVariable long id, @Valid @RequestBody VersionRequest request, Actor actor) {
        management.publish(id, Objects.requireNonNull(request.version()), actor);
        return management.view(id, actor);
    }

    /** Attaches a file (multipart part {@code file}): PDF or DOCX, recognised by content. */
    @PostMapping("/{id}/attachments")
    @WritesDocuments
    ResponseEntity<DocumentAttachment> attach(
            @PathVariable long id, @RequestPart("file") MultipartFile file, Actor actor) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        DocumentAttachment attachment = management.attach(id, name, file.getBytes(), actor);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/attachments/" + attachment.id()))
                .body(attachment);
    }

    /** The members in the caller's scope the document reaches: read, acknowledged, not read (counts and a page). */
    @GetMapping("/{id}/readers")
    @WritesDocuments
    DocumentReaders readers(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable ReadState state,
            @Valid @ParameterObject Paging paging,
            Actor actor) {
        if (!queries.isVisible(id, actor)) {
            throw DomainException.notFound("document.not-found", id);
        }
        DocumentStore.Row row = store.find(id).orElseThrow();
        DocumentReaders readers = queries.readers(
                id,
                row.confidentiality(),
                row.status() == DocumentStatus.PUBLISHED ? store.scope(id) : List.of(),
                actor.scopeFor(DocumentQueries.MANAGERS),
                state,
                paging);
        audit.record("document.readers.read", "document", id, null);
        return readers;
    }

    /** The number the next publication of a unit's sequence would draw. */
    @GetMapping("/next-number")
    @WritesDocuments
    NextNumber nextNumber(
            @RequestParam long unitId,
            @RequestParam DocumentType type,
            @RequestParam(defaultValue = "false") boolean congress,
            @RequestParam(required = false) @Size(max = 20, message = "{document.issuer.size}") @Nullable String issuer,
            Actor actor) {
        return management.nextNumber(unitId, type, congress, issuer, actor);
    }

    /**
     * Body of {@code POST /api/v1/documents/{id}/publication}.
     *
     * @param version the version last read
     */
    record VersionRequest(
            @NotNull(message = "{document.version.required}") @Nullable
            Long version) {}

    /**
     * A scope row of a request.
     *
     * @param kind CITY, SUBTREE, UNIT or ROLE
     * @param orgUnitId the unit of a SUBTREE or UNIT row
     * @param role the role of a ROLE row
     */
    record ScopeRequest(
            @NotNull(message = "{document.scope.kind.required}") @Nullable
            ScopeKind kind,

            @Nullable Long orgUnitId,
            @Nullable Role role) {}

    /**
     * A link of a request.
     *
     * @param kind REPLACES or AMENDS
     * @param targetId the earlier document
     */
    record LinkRequest(
            @NotNull(message = "{document.link.kind.required}") @Nullable
            LinkKind kind,

            @NotNull(message = "{document.link.target.required}") @Nullable
            Long targetId) {}

    /**
     * Body of {@code POST /api/v1/documents} and {@code PUT /api/v1/documents/{id}}.
     *
     * @param orgUnitId the issuing unit, or the unit registering an incoming document
     * @param type the type
     * @param issuerCode the issuer suffix, upper-case letters (e.g. TU, ĐU)
     * @param congress whether it is a congress document
     * @param incomingNumber for an incoming document, its number and symbol (e.g. 57-NQ/TW)
     * @param title title
     * @param summary summary
     * @param signer signer
     * @param issuedOn date of issue
     * @param effectiveOn date in force
     * @param confidentiality PUBLIC, INTERNAL or CONFIDENTIAL
     * @param scope distribution scope
     * @param links earlier documents it replaces or amends
     * @param version the version last read (updates only)
     */
    record DocumentRequest(
            @NotNull(message = "{document.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @NotNull(message = "{document.type.required}") @Nullable
            DocumentType type,

            @NotBlank(message = "{document.issuer.required}")
            @Size(max = 20, message = "{document.issuer.size}")
            @Nullable
            String issuerCode,

            @Nullable Boolean congress,

            @Size(max = 60, message = "{document.number.size}") @Nullable
            String incomingNumber,

            @NotBlank(message = "{document.title.required}")
            @Size(max = 500, message = "{document.title.size}")
            @Nullable
            String title,

            @Size(max = 4000, message = "{document.summary.size}") @Nullable
            String summary,

            @Size(max = 200, message = "{document.signer.size}") @Nullable
            String signer,

            @Nullable LocalDate issuedOn,
            @Nullable LocalDate effectiveOn,

            @NotNull(message = "{document.confidentiality.required}") @Nullable
            Confidentiality confidentiality,

            @Size(max = 200, message = "{document.scope.size}") @Nullable
            List<@Valid ScopeRequest> scope,

            @Size(max = 50, message = "{document.links.size}") @Nullable
            List<@Valid LinkRequest> links,

            @Nullable Long version) {

        DraftDocument toDraft() {
            return new DraftDocument(
                    Objects.requireNonNull(orgUnitId),
                    Objects.requireNonNull(type),
                    Objects.requireNonNull(issuerCode),
                    Boolean.TRUE.equals(congress),
                    incomingNumber,
                    Objects.requireNonNull(title),
                    summary,
                    signer,
                    issuedOn,
                    effectiveOn,
                    Objects.requireNonNull(confidentiality),
                    scope == null
                            ? List.of()
                            : scope.stream()
                                    .map(s -> new DocumentScope(
                                            Objects.requireNonNull(s.kind()), s.orgUnitId(), s.role()))
                                    .toList(),
                    links == null
                            ? List.of()
                            : links.stream()
                                    .map(l -> new DraftDocument.Link(
                                            Objects.requireNonNull(l.kind()), Objects.requireNonNull(l.targetId())))
                                    .toList());
        }
    }
}

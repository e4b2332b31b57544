package vn.dangvu.member.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.member.MemberDocument;
import vn.dangvu.member.MemberDocumentKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * The member's file (hồ sơ đảng viên) over HTTP: scanned forms and decisions, read by staff in scope and by the member,
 * filed and withdrawn by the record's editors. Every read of a document by someone else is audited.
 */
@RestController
@RequestMapping("/api/v1/members/{id}/documents")
@Validated
class MemberDocumentController {

    private final MemberQueries queries;
    private final MemberDocumentStore documents;
    private final AuditTrail audit;
    private final Clock clock;

    MemberDocumentController(MemberQueries queries, MemberDocumentStore documents, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The documents of the member's file, oldest first (withdrawn ones included and marked). */
    @GetMapping
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    List<MemberDocument> list(@PathVariable UUID id, Actor actor) {
        visible(id, readers(actor));
        if (!id.equals(actor.memberId())) {
            audit.record("member.documents.read", "member", id, null);
        }
        return documents.list(id);
    }

    /** Files a document (multipart part {@code file}, PDF, JPEG or PNG up to 10 MB). */
    @PostMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    @Transactional
    ResponseEntity<MemberDocument> add(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam @NotNull(message = "{member.document.kind.required}") MemberDocumentKind kind,
            @RequestParam
                    @NotBlank(message = "{member.document.title.required}")
                    @Size(max = 200, message = "{member.document.title.size}")
                    String title,
            @RequestParam(required = false) @Nullable Long eventId,
            Actor actor)
            throws IOException {
        visible(id, actor.scopeFor(MemberController.EDITORS));
        String fileName =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "tai-lieu"
                        : file.getOriginalFilename().strip();
        if (fileName.length() > 200) {
            fileName = fileName.substring(fileName.length() - 200);
        }
        UUID documentId = documents.add(
                id, kind, title.strip(), fileName, file.getBytes(), eventId, clock.instant(), actor.username());
        audit.record("member.document.add", "member", id, Map.of("documentId", documentId, "kind", kind.name()));
        MemberDocument document = documents.find(id, documentId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/members/" + id + "/documents/" + documentId))
                .body(document);
    }

    /** A document's content (a read of personal data: audited unless it is the member's own). */
    @GetMapping("/{documentId}")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    ResponseEntity<byte[]> content(@PathVariable UUID id, @PathVariable UUID documentId, Actor actor) {
        visible(id, readers(actor));
        MemberDocument document = documents
                .find(id, documentId)
                .orElseThrow(() -> DomainException.notFound("member.document.not-found", documentId));
        if (!id.equals(actor.memberId())) {
            audit.record("member.document.read", "member", id, Map.of("documentId", documentId));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .eTag(document.sha256())
                .body(documents.content(documentId));
    }

    /** Withdraws a document filed in error; it stays in the file, marked, with the reason. */
    @PostMapping("/{documentId}/withdrawal")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    @Transactional
    MemberDocument withdraw(
            @PathVariable UUID id,
            @PathVariable UUID documentId,
            @Valid @RequestBody WithdrawalRequest request,
            Actor actor) {
        visible(id, actor.scopeFor(MemberController.EDITORS));
        documents.withdraw(id, documentId, request.reason().strip(), clock.instant(), actor.username());
        audit.record("member.document.withdraw", "member", id, Map.of("documentId", documentId));
        return documents.find(id, documentId).orElseThrow();
    }

    /** Body of a withdrawal. */
    record WithdrawalRequest(
            @NotBlank(message = "{member.document.reason.required}")
            @Size(max = 500, message = "{member.lifecycle.text.size}")
            String reason) {}

    private void visible(UUID id, OrgScope scope) {
        queries.find(id, scope).orElseThrow(() -> DomainException.notFound("member.not-found", id));
    }

    private static OrgScope readers(Actor actor) {
        Role[] roles = Arrays.copyOf(MemberController.READERS, MemberController.READERS.length + 1);
        roles[MemberController.READERS.length] = Role.MEMBER;
        return actor.scopeFor(roles);
    }
}

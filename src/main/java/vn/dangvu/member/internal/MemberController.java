package vn.dangvu.member.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.dangvu.member.MemberChange;
import vn.dangvu.member.MemberManagement;
import vn.dangvu.member.MemberPage;
import vn.dangvu.member.MemberView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** Member search, records, their edits, history and photo over HTTP, limited to the caller's scope; every read of personal data is audited. */
@RestController
@RequestMapping("/api/v1/members")
class MemberController {

    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    /** Who may edit a record: the cell's secretary, and organisation staff over their subtree. */
    static final Role[] EDITORS = {Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION};

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberQueries queries;
    private final MemberSearch search;
    private final MemberExcelExport export;
    private final Clock clock;
    private final MemberManagement management;
    private final MemberRecordStore records;
    private final MemberPhotoStore photos;
    private final AuditTrail audit;

    MemberController(
            MemberQueries queries,
            MemberSearch search,
            MemberExcelExport export,
            Clock clock,
            MemberManagement management,
            MemberRecordStore records,
            MemberPhotoStore photos,
            AuditTrail audit) {
        this.queries = queries;
        this.search = search;
        this.export = export;
        this.clock = clock;
        this.management = management;
        this.records = records;
        this.photos = photos;
        this.audit = audit;
    }

    /**
     * The member list: search by name (ignoring diacritics), card number or citizen ID, with filters, within a subtree;
     * sorted by given name. Counts stop at {@value MemberSearch#COUNT_LIMIT}; deep pages use the cursor {@code after}.
     */
    @GetMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    MemberPage search(@Valid @ParameterObject MemberFilter filter, @Valid @ParameterObject Paging paging, Actor actor) {
        MemberPage page = search.search(filter, actor.scopeFor(READERS), paging);
        audit.record("member.search", "member", null, filter);
        return page;
    }

    /**
     * The same list as an Excel workbook (title, filters in words, Vietnamese headers, dates as dates), written as it
     * is read; at most {@value MemberExcelExport#ROW_LIMIT} rows ({@value MemberExcelExport#CITY_ROW_LIMIT} for the city
     * organisation department, which reports on whole subtrees), else 422. An export of personal data: audited.
     */
    @GetMapping("/export.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    ResponseEntity<StreamingResponseBody> export(
            @Valid @ParameterObject MemberFilter filter, Actor actor, Locale locale) {
        OrgScope scope = actor.scopeFor(READERS);
        long rows = export.checkedSize(filter, scope, export.rowLimitFor(actor));
        audit.record("member.export", "member", null, filter);
        String name = "dang-vien-" + LocalDate.now(clock) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(out -> export.write(filter, scope, rows, locale, out));
    }

    /** A member's record: staff in scope, or the member themself. */
    @GetMapping("/{id}")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    MemberView get(@PathVariable UUID id, Actor actor) {
        MemberView member = queries.find(id, actor.scopeFor(withSelf()))
                .orElseThrow(() -> DomainException.notFound("member.not-found", id));
        if (!id.equals(actor.memberId())) {
            audit.record("member.read", "member", id, null);
        }
        return member;
    }

    /** Edits a record; {@code version} must be the one last read, or the write is refused as stale (409). */
    @PutMapping("/{id}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    MemberView update(@PathVariable UUID id, @Valid @RequestBody UpdateMemberRequest request, Actor actor) {
        return management.update(id, request.toCommand(), request.version(), actor.scopeFor(EDITORS), actor.username());
    }

    /** The field-level change history of a record, newest first (a read of personal data: audited). */
    @GetMapping("/{id}/changes")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    PageResult<MemberChange> changes(
            @PathVariable UUID id, @Valid @org.springdoc.core.annotations.ParameterObject Paging paging, Actor actor) {
        visible(id, actor.scopeFor(READERS));
        audit.record("member.changes.read", "member", id, null);
        return records.changes(id, paging);
    }

    /** The member's photo, JPEG or PNG (a read of personal data: audited unless it is the member's own). */
    @GetMapping("/{id}/photo")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    ResponseEntity<byte[]> photo(@PathVariable UUID id, Actor actor) {
        visible(id, actor.scopeFor(withSelf()));
        MemberPhotoStore.Photo photo =
                photos.find(id).orElseThrow(() -> DomainException.notFound("member.photo.not-found", id));
        if (!id.equals(actor.memberId())) {
            audit.record("member.photo.read", "member", id, null);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .eTag(photo.sha256())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(photo.bytes());
    }

    /** Stores the photo (multipart part {@code file}): JPEG or PNG by content, at most 512 KB. */
    @PutMapping(path = "/{id}/photo")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<Void> replacePhoto(@PathVariable UUID id, @RequestPart("file") MultipartFile file, Actor actor)
            throws IOException {
        management.replacePhoto(id, file.getBytes(), actor.scopeFor(EDITORS));
        return ResponseEntity.noContent().build();
    }

    private MemberView visible(UUID id, vn.dangvu.shared.OrgScope scope) {
        return queries.find(id, scope).orElseThrow(() -> DomainException.notFound("member.not-found", id));
    }

    private static Role[] withSelf() {
        Role[] roles = java.util.Arrays.copyOf(READERS, READERS.length + 1);
        roles[READERS.length] = Role.MEMBER;
        return roles;
    }
}

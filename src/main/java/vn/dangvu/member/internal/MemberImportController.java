package vn.dangvu.member.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.SqlFragment;

/**
 * Member import from Excel or CSV: the template, starting an import (202 with the job), its progress and errors,
 * the error report, and the list of imports within the caller's scope. Imports are for organisation staff over their
 * subtree and the city organisation department; the administrator has no member records, so no imports of them.
 */
@RestController
@RequestMapping("/api/v1/member-imports")
class MemberImportController {

    static final Role[] IMPORTERS = {Role.ORG_STAFF, Role.CITY_ORGANISATION};

    /** Errors shown with the job; the report has all of them. */
    private static final int SHOWN_ERRORS = 200;

    private final MemberImportService imports;
    private final MemberImportJobStore jobs;
    private final OrgUnits orgUnits;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AuditTrail audit;

    MemberImportController(
            MemberImportService imports,
            MemberImportJobStore jobs,
            OrgUnits orgUnits,
            JdbcClient jdbc,
            MessageSource messages,
            AuditTrail audit) {
        this.imports = imports;
        this.jobs = jobs;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
    }

    /** The Excel template: Vietnamese headers, a sample row, and a sheet of the allowed values. */
    @GetMapping("/template.xlsx")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<byte[]> template(Actor actor) throws IOException {
        String cell = sampleCell(actor.scopeFor(IMPORTERS));
        return download(
                "mau-nhap-dang-vien.xlsx",
                MediaType.parseMediaType(MemberImportWorkbooks.XLSX),
                out -> MemberImportWorkbooks.template(out, cell));
    }

    /** The CSV template (UTF-8 with a byte-order mark, comma-separated). */
    @GetMapping("/template.csv")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<byte[]> templateCsv(Actor actor) throws IOException {
        String cell = sampleCell(actor.scopeFor(IMPORTERS));
        return download(
                "mau-nhap-dang-vien.csv",
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                out -> MemberImportWorkbooks.templateCsv(out, cell));
    }

    /**
     * Starts an import of the file (multipart part {@code file}) into the subtree of {@code orgUnitId} (default: the
     * caller's single scope root) and answers at once with the queued job.
     */
    @PostMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<MemberImportView> start(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") MemberImportMode mode,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            Actor actor)
            throws IOException {
        OrgScope scope = actor.scopeFor(IMPORTERS);
        UUID id = imports.start(
                new MemberImportService.Request(file.getOriginalFilename(), file.getInputStream(), mode, orgUnitId),
                actor,
                scope);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(detail(id, scope));
    }

    /** The imports into units within the caller's scope, newest first. */
    @GetMapping
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    PageResult<MemberImportView> list(
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging, Actor actor) {
        return jobs.list(actor.scopeFor(IMPORTERS), paging);
    }

    /** An import's state, progress, counts and first errors (the values are personal data: audited). */
    @GetMapping("/{id}")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    MemberImportView get(@PathVariable UUID id, Actor actor) {
        MemberImportView view = detail(id, actor.scopeFor(IMPORTERS));
        if (!view.errors().isEmpty()) {
            audit.record("member-import.read", "member-import", id, null);
        }
        return view;
    }

    /** The import's errors as an Excel workbook: row, column, value, message (audited). */
    @GetMapping("/{id}/report.xlsx")
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<byte[]> report(@PathVariable UUID id, Actor actor) throws IOException {
        MemberImportView view = found(id, actor.scopeFor(IMPORTERS));
        audit.record("member-import.report.read", "member-import", id, null);
        Locale locale = LocaleContextHolder.getLocale();
        return download(
                "loi-nhap-dang-vien.xlsx",
                MediaType.parseMediaType(MemberImportWorkbooks.XLSX),
                out -> MemberImportWorkbooks.report(
                        out,
                        view.fileName(),
                        sink -> jobs.eachError(
                                id,
                                e -> sink.accept(new MemberImportWorkbooks.ReportRow(
                                        e.row(), e.column(), e.value(), message(e.code(), e.arg(), locale))))));
    }

    private MemberImportView found(UUID id, OrgScope scope) {
        return jobs.find(id, scope).orElseThrow(() -> DomainException.notFound("member-import.not-found", id));
    }

    private MemberImportView detail(UUID id, OrgScope scope) {
        MemberImportView view = found(id, scope);
        Locale locale = LocaleContextHolder.getLocale();
        List<MemberImportView.ErrorView> errors = jobs.errors(id, SHOWN_ERRORS).stream()
                .map(e -> new MemberImportView.ErrorView(
                        e.row(), e.column(), e.value(), e.code(), message(e.code(), e.arg(), locale)))
                .toList();
        String failure = view.failureCode() == null ? null : message(view.failureCode(), null, locale);
        return view.withDetail(failure, errors);
    }

    private String message(String code, @Nullable String arg, Locale locale) {
        Object[] args = arg == null ? new Object[0] : new Object[] {arg};
        return messages.getMessage(code, args, code, locale);
    }

    private @Nullable String sampleCell(OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("d.id", scope, "scope");
        Map<String, Object> params = new HashMap<>(within.params());
        return jdbc.sql("SELECT d.code FROM org_unit_directory d WHERE d.kind IN ('CELL', 'GRASSROOTS_CELL') AND "
                        + within.sql() + " ORDER BY d.path LIMIT 1")
                .params(params)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Writes a download. */
    private interface Content {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static ResponseEntity<byte[]> download(String fileName, MediaType type, Content content)
            throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        content.write(body);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body.toByteArray());
    }
}

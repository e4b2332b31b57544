package vn.dangvu.report.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/**
 * The standard statistical reports over HTTP: the catalogue, a report on screen (JSON), and the same report as an Excel
 * workbook or a PDF file. A report is of one organisation of the caller's scope (404 outside it) on a reference date.
 */
@RestController
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportFigures figures;
    private final ReportProperties properties;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Clock clock;

    ReportController(
            ReportFigures figures, ReportProperties properties, OrgUnits orgUnits, AuditTrail audit, Clock clock) {
        this.figures = figures;
        this.properties = properties;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A report of the catalogue.
     *
     * @param kind its code in the URLs
     * @param formCode e.g. "Biểu 1-TCTW"
     * @param title its title
     */
    record ReportEntry(String kind, String formCode, String title) {}

    /** The four standard reports. */
    @GetMapping("/api/v1/reports")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    List<ReportEntry> catalogue() {
        return Arrays.stream(ReportKind.values())
                .map(k -> new ReportEntry(k.name(), k.formCode(), k.title()))
                .toList();
    }

    /**
     * A report on screen: its heading, columns, one row per child organisation and the totals. The reference date
     * defaults to 31/12 of the current year when that is past, else to today; it cannot be in the future.
     */
    @GetMapping("/api/v1/reports/{kind}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    ReportDefinition show(
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable String date,
            Actor actor) {
        ReportDefinition report = build(kind, orgUnitId, date, actor);
        audit.record("report.read", "org-unit", report.orgUnitId(), null);
        return report;
    }

    /** The same report as an Excel workbook (the same parameters give the same file). */
    @GetMapping("/api/v1/reports/{kind}.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    ResponseEntity<byte[]> excel(
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable String date,
            Actor actor) {
        ReportDefinition report = build(kind, orgUnitId, date, actor);
        audit.record("report.export", "org-unit", report.orgUnitId(), Map.of("kind", kind, "format", "xlsx"));
        return attachment(ExcelReport.render(report), XLSX, report, "xlsx");
    }

    /** The same report as a PDF on A4 (the same parameters give the same file). */
    @GetMapping("/api/v1/reports/{kind}.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    ResponseEntity<byte[]> pdf(
            @PathVariable String kind,
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @RequestParam(required = false) @Nullable String date,
            Actor actor) {
        ReportDefinition report = build(kind, orgUnitId, date, actor);
        audit.record("report.export", "org-unit", report.orgUnitId(), Map.of("kind", kind, "format", "pdf"));
        return attachment(PdfReport.render(report), "application/pdf", report, "pdf");
    }

    private ReportDefinition build(String kindName, @Nullable Long orgUnitId, @Nullable String date, Actor actor) {
        ReportKind kind = ReportKind.parse(kindName)
                .orElseThrow(() -> DomainException.notFound("report.kind.not-found", kindName));
        if (orgUnitId == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "report.org-unit.required")
                    .onField("orgUnitId");
        }
        OrgUnitView view = orgUnits.findWithin(orgUnitId, actor.scopeFor(ReportPolicy.READERS))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", orgUnitId));
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date == null || date.isBlank() ? ReportPolicy.defaultReferenceDate(today) : parse(date);
        if (day.isAfter(today)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "report.date.future", day).onField("date");
        }
        OrgUnitRef unit = new OrgUnitRef(view.id(), view.kind(), view.name(), view.path());
        return new StandardReports(figures, properties.place()).build(kind, unit, day);
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "report.date.invalid", date).onField("date");
        }
    }

    private static ResponseEntity<byte[]> attachment(
            byte[] body, String contentType, ReportDefinition report, String extension) {
        String ascii = report.fileStem() + "." + extension;
        String vietnamese = report.formCode() + " " + report.referenceDate() + "." + extension;
        String disposition = "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(vietnamese, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}

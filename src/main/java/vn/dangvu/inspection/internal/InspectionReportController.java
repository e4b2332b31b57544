package vn.dangvu.inspection.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.inspection.InspectionReports;
import vn.dangvu.inspection.InspectionSummary;
import vn.dangvu.report.ReportDocuments;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/**
 * The summary report of inspection, supervision and discipline over HTTP: on screen (the figures and the paragraph),
 * as a PDF and as an Excel workbook. The INSPECTION role only, for an organisation of its scope (404 outside it).
 */
@RestController
@RequestMapping("/api/v1/inspection-reports")
class InspectionReportController {

    private final InspectionReports reports;

    InspectionReportController(InspectionReports reports) {
        this.reports = reports;
    }

    /** The figures of the commissions of the unit's subtree over the period, and the paragraph that words them. */
    @GetMapping("/summary")
    @Allowed(Role.INSPECTION)
    InspectionSummary summary(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor) {
        return reports.summary(required(unitId), from, to, actor);
    }

    /** The same summary as a PDF on A4 (the same parameters and figures give the same file). */
    @GetMapping("/summary.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Allowed(Role.INSPECTION)
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor) {
        return attachment(
                reports.export(required(unitId), from, to, InspectionReports.Format.PDF, actor),
                "application/pdf",
                "pdf");
    }

    /** The same summary as an Excel workbook (the same parameters and figures give the same file). */
    @GetMapping("/summary.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = ReportDocuments.XLSX, schema = @Schema(type = "string", format = "binary")))
    @Allowed(Role.INSPECTION)
    ResponseEntity<byte[]> excel(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor) {
        return attachment(
                reports.export(required(unitId), from, to, InspectionReports.Format.XLSX, actor),
                ReportDocuments.XLSX,
                "xlsx");
    }

    private static long required(@Nullable Long unitId) {
        if (unitId == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "inspection.report.unit-required")
                    .onField("unitId");
        }
        return unitId;
    }

    private static ResponseEntity<byte[]> attachment(
            InspectionReports.SummaryFile file, String contentType, String extension) {
        InspectionSummary summary = file.summary();
        String period = summary.from() + "_" + summary.to();
        String ascii = "bao-cao-kiem-tra-giam-sat-" + period + "." + extension;
        String vietnamese = "Báo cáo kiểm tra, giám sát " + period + "." + extension;
        String disposition = "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(vietnamese, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}

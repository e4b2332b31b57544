package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.inspection.internal.SummaryReport;
import vn.dangvu.report.ReportDocuments;
import vn.dangvu.report.ReportTable;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;

/**
 * The summary report of inspection, supervision and discipline (issue 8 point 6) for any organisation in the caller's
 * inspection scope and any period: on screen ({@link InspectionSummary}), as a PDF and as an Excel workbook printed by
 * the report module's {@link ReportDocuments}. Confidential like the cases: every read and export is audited.
 */
@Service
@Transactional
public class InspectionReports {

    /** A printed summary. */
    public enum Format {
        PDF,
        XLSX
    }

    /**
     * A summary file.
     *
     * @param summary the figures printed
     * @param content the file's bytes (the same parameters and figures give the same bytes)
     */
    public record SummaryFile(InspectionSummary summary, byte[] content) {}

    private final SummaryReport report;
    private final ReportDocuments documents;
    private final AuditTrail audit;

    InspectionReports(SummaryReport report, ReportDocuments documents, AuditTrail audit) {
        this.report = report;
        this.documents = documents;
        this.audit = audit;
    }

    /** The summary of the commissions of the unit's subtree over the period (defaults: this year up to today). */
    public InspectionSummary summary(long unitId, @Nullable LocalDate from, @Nullable LocalDate to, Actor actor) {
        InspectionSummary summary = report.summary(unitId, from, to, actor);
        audit.record(
                "inspection-report.read",
                "org-unit",
                summary.unitId(),
                Map.of("from", summary.from().toString(), "to", summary.to().toString()));
        return summary;
    }

    /** The same summary as a file. */
    public SummaryFile export(
            long unitId, @Nullable LocalDate from, @Nullable LocalDate to, Format format, Actor actor) {
        InspectionSummary summary = report.summary(unitId, from, to, actor);
        ReportTable table = report.table(summary, documents.place());
        byte[] content = format == Format.PDF ? documents.pdf(table) : documents.excel(table);
        audit.record(
                "inspection-report.export",
                "org-unit",
                summary.unitId(),
                Map.of(
                        "from",
                        summary.from().toString(),
                        "to",
                        summary.to().toString(),
                        "format",
                        format.name().toLowerCase(java.util.Locale.ROOT)));
        return new SummaryFile(summary, content);
    }
}

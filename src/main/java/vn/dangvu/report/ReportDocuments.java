package vn.dangvu.report;

import org.springframework.stereotype.Component;
import vn.dangvu.report.internal.ExcelReport;
import vn.dangvu.report.internal.PdfReport;
import vn.dangvu.report.internal.ReportProperties;

/**
 * Prints a {@link ReportTable} as the standard reports are printed: a PDF on A4 with the embedded DejaVu fonts, or an
 * Excel workbook, both laid out as a Party document and both reproducible (the same table gives the same bytes).
 */
@Component
public class ReportDocuments {

    /** The media type of the Excel workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportProperties properties;

    ReportDocuments(ReportProperties properties) {
        this.properties = properties;
    }

    /** The place named before the date in every report's heading ({@code dangvu.reports.place}). */
    public String place() {
        return properties.place();
    }

    /** The report as a PDF on A4, landscape when the table is wide. */
    public byte[] pdf(ReportTable table) {
        return PdfReport.render(table);
    }

    /** The report as an Excel workbook. */
    public byte[] excel(ReportTable table) {
        return ExcelReport.render(table);
    }
}

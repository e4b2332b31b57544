package vn.dangvu.report.internal;

import java.time.LocalDate;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;

/** What the reports benchmark ({@code vn.dangvu.bench.ReportsBenchmark}) needs of this package. Not a test. */
public final class ReportBench {

    private static final OrgUnitRef COMMITTEE = new OrgUnitRef(1, OrgUnitKind.COMMUNE, "Đảng bộ xã Đông Anh", "/1/");

    private ReportBench() {}

    /** Report 2 (quality, 33 columns, landscape) of a committee with {@code cells} cells, as a PDF. */
    public static byte[] qualityPdf(int cells) {
        ReportDefinition report = new StandardReports(ReportFixtures.wide(COMMITTEE, cells), "Hà Nội")
                .build(ReportKind.QUALITY, COMMITTEE, LocalDate.of(2025, 12, 31));
        return PdfReport.render(report);
    }
}

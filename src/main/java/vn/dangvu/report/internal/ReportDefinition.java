package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.report.ReportTable;

/**
 * One standard report, laid out once and rendered three ways (the screen, Excel, PDF) so that the three always show
 * the same figures: the heading of a Party document, then a table of counts with one row per direct child
 * organisation and a totals row.
 *
 * @param kind which report
 * @param formCode e.g. "Biểu 1-TCTW"
 * @param title in capitals
 * @param issuer the heading's top-left lines: the organisation and, under it, its committee or department
 * @param place where the report is made, before "ngày … tháng … năm …" (the signer fills in the date)
 * @param orgUnitId the organisation reported on
 * @param unitName its name
 * @param referenceDate the day the figures are counted on
 * @param period what the figures cover, in words (e.g. "Số liệu tính đến ngày 31/12/2025")
 * @param rowHeader the label of the first column
 * @param columns the count columns, left to right
 * @param rows one per direct child, in tree order, then the members or organisations at the unit itself if any
 * @param total the unit's own figures: each column is the sum of the rows
 * @param notes lines printed under the table (checks, explanations)
 */
record ReportDefinition(
        ReportKind kind,
        String formCode,
        String title,
        List<String> issuer,
        String place,
        long orgUnitId,
        String unitName,
        LocalDate referenceDate,
        String period,
        String rowHeader,
        List<Column> columns,
        List<Row> rows,
        Row total,
        List<String> notes) {

    /**
     * A count column.
     *
     * @param key a stable code (e.g. {@code AGE_BAND.31_40})
     * @param label its heading
     * @param group the heading above it, shared by the adjacent columns of the same group; null for a lone column
     */
    record Column(String key, String label, @Nullable String group) {}

    /**
     * A row of counts, one per column.
     *
     * @param orgUnitId the child organisation, or null for the totals and the unit's own row
     * @param label its name
     * @param values the counts, in column order
     */
    record Row(@Nullable Long orgUnitId, String label, List<Long> values) {

        ReportTable.Row table() {
            return new ReportTable.Row(orgUnitId, label, values);
        }
    }

    /** The same report for the renderers of {@link vn.dangvu.report.ReportDocuments}. */
    ReportTable table() {
        return new ReportTable(
                kind.name(),
                formCode,
                title,
                issuer,
                place,
                orgUnitId,
                unitName,
                referenceDate,
                period,
                List.of(),
                rowHeader,
                columns.stream()
                        .map(c -> new ReportTable.Column(c.key(), c.label(), c.group()))
                        .toList(),
                rows.stream().map(Row::table).toList(),
                total.table(),
                notes);
    }

    /** Whether the table is wide enough to print landscape. */
    boolean wide() {
        return columns.size() > 8;
    }

    /** A short file name in ASCII (e.g. {@code bieu-1-tctw-2025-12-31}). */
    String fileStem() {
        return formCode.toLowerCase(java.util.Locale.ROOT)
                        .replace("biểu", "bieu")
                        .replace(' ', '-')
                + "-" + referenceDate;
    }
}

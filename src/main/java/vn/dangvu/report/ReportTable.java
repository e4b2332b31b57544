package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report laid out as a Party document, for {@link ReportDocuments} to print as PDF or Excel: the heading, the title,
 * the period, optional paragraphs of text, a table of counts with one row per organisation and a totals row, and
 * notes. The standard statistical reports and the reports of other modules (the inspection summary) are printed
 * through it, so that every printed report looks the same.
 *
 * @param key a stable code of the report (e.g. {@code MEMBERS}); with the unit, the date and the figures it seeds the
 *     PDF's document ID, so that the same report gives the same bytes
 * @param formCode e.g. "Biểu 1-TCTW", printed top right and naming the Excel sheet
 * @param title in capitals
 * @param issuer the heading's top-left lines: the organisation and, under it, its committee or department
 * @param place where the report is made, before "ngày … tháng … năm …" (the signer fills in the date)
 * @param orgUnitId the organisation reported on
 * @param unitName its name
 * @param referenceDate the day the figures are counted on (the last day of a period): the files are dated with it
 * @param period what the figures cover, in words
 * @param paragraphs text printed between the period and the table (none for the statistical forms)
 * @param rowHeader the label of the first column
 * @param columns the count columns, left to right
 * @param rows one per organisation
 * @param total the totals row
 * @param notes lines printed under the table (checks, explanations)
 */
public record ReportTable(
        String key,
        String formCode,
        String title,
        List<String> issuer,
        String place,
        long orgUnitId,
        String unitName,
        LocalDate referenceDate,
        String period,
        List<String> paragraphs,
        String rowHeader,
        List<Column> columns,
        List<Row> rows,
        Row total,
        List<String> notes) {

    /**
     * A count column.
     *
     * @param key a stable code
     * @param label its heading
     * @param group the heading above it, shared by the adjacent columns of the same group; null for a lone column
     */
    public record Column(String key, String label, @Nullable String group) {}

    /**
     * A row of counts, one per column.
     *
     * @param orgUnitId the organisation, or null for the totals and the unit's own row
     * @param label its name
     * @param values the counts, in column order; a {@code null} count prints as a blank cell (a box to fill in by
     *     hand, as on a ballot)
     */
    public record Row(@Nullable Long orgUnitId, String label, List<Long> values) {}

    /** Whether the table is wide enough to print landscape. */
    public boolean wide() {
        return columns.size() > 8;
    }
}

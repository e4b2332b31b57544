package vn.dangvu.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.dangvu.report.ReportTable;
import vn.dangvu.report.ReportTable.Column;
import vn.dangvu.report.ReportTable.Row;

/**
 * A report as an Excel workbook laid out like the printed form: the heading (issuer top left, "ĐẢNG CỘNG SẢN VIỆT NAM"
 * underlined top right, place and date), the form code, the title, the period, the table with its grouped headings and
 * totals row, the notes. Counts are numbers, not text, so that the sheet can be summed again. The same report gives the
 * same bytes ({@link ReproducibleZip}). Paragraphs of text, when the report has any, fill merged rows between the period
 * and the table.
 */
public final class ExcelReport {

    private static final String HEADER_FILL = "D9E1F2";
    private static final String TOTAL_FILL = "F2F2F2";

    private ExcelReport() {}

    static byte[] render(ReportDefinition report) {
        return render(report.table());
    }

    /** The workbook of any report laid out as a {@link ReportTable}. */
    public static byte[] render(ReportTable report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
            workbook.properties().setTitle(report.title()).setSubject(report.formCode());
            Worksheet sheet = workbook.newWorksheet(report.formCode());
            write(report, sheet);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReproducibleZip.normalise(out.toByteArray(), report.referenceDate());
    }

    private static void write(ReportTable report, Worksheet sheet) {
        List<Column> columns = report.columns();
        int last = columns.size() + 1; // STT, the unit, then the counts
        int split = Math.max(2, last / 2);

        // heading: the issuer on the left, the Party's name on the right
        List<String> issuer = report.issuer();
        for (int i = 0; i < issuer.size(); i++) {
            text(sheet, i, 0, split - 1, issuer.get(i), true, false);
        }
        text(sheet, issuer.size(), 0, split - 1, "*", false, false);
        text(sheet, 0, split, last, "ĐẢNG CỘNG SẢN VIỆT NAM", true, false);
        sheet.style(0, split).bold().underlined().horizontalAlignment("center").set();
        text(sheet, 1, split, last, report.place() + ", ngày … tháng … năm …", false, true);

        int r = Math.max(issuer.size() + 1, 2) + 1;
        text(sheet, r++, 0, last, report.formCode(), true, false);
        text(sheet, r, 0, last, report.title(), true, false);
        sheet.style(r++, 0).bold().fontSize(14).horizontalAlignment("center").set();
        text(sheet, r++, 0, last, report.unitName(), false, false);
        text(sheet, r++, 0, last, report.period(), false, true);
        r++;
        for (String paragraph : report.paragraphs()) {
            sheet.inlineString(r, 0, paragraph);
            sheet.range(r, 0, r, last).merge();
            sheet.style(r, 0).wrapText(true).verticalAlignment("top").set();
            sheet.rowHeight(r, 15.0 * Math.max(2, paragraph.length() / (12 * (last + 1)) + 2));
            r++;
        }
        if (!report.paragraphs().isEmpty()) {
            r++;
        }

        // two heading rows: the groups, then the columns (a lone column spans both)
        int top = r;
        heading(sheet, top, 0, "STT");
        heading(sheet, top + 1, 0, "");
        sheet.range(top, 0, top + 1, 0).merge();
        heading(sheet, top, 1, report.rowHeader());
        heading(sheet, top + 1, 1, "");
        sheet.range(top, 1, top + 1, 1).merge();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int x = c + 2;
            if (column.group() == null) {
                heading(sheet, top, x, column.label());
                heading(sheet, top + 1, x, "");
                sheet.range(top, x, top + 1, x).merge();
                continue;
            }
            int end = c;
            while (end + 1 < columns.size()
                    && Objects.equals(columns.get(end + 1).group(), column.group())) {
                end++;
            }
            if (c == 0 || !Objects.equals(columns.get(c - 1).group(), column.group())) {
                heading(sheet, top, x, column.group());
                for (int k = c + 1; k <= end; k++) {
                    heading(sheet, top, k + 2, "");
                }
                if (end > c) {
                    sheet.range(top, x, top, end + 2).merge();
                }
            }
            heading(sheet, top + 1, x, column.label());
        }
        sheet.rowHeight(top + 1, 45);
        r = top + 2;

        int no = 1;
        for (Row row : report.rows()) {
            row(sheet, r++, String.valueOf(no++), row, false);
        }
        row(sheet, r++, "", report.total(), true);
        r++;
        for (String note : report.notes()) {
            text(sheet, r++, 0, last, note, false, true);
        }

        sheet.width(0, 5);
        sheet.width(1, 34);
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c + 2, 10);
        }
        sheet.freezePane(2, top + 2);
        sheet.pageOrientation(report.wide() ? "landscape" : "portrait");
        sheet.fitToWidth((short) 1);
    }

    private static void row(Worksheet sheet, int r, String no, Row row, boolean total) {
        sheet.inlineString(r, 0, no);
        sheet.inlineString(r, 1, row.label());
        for (int c = 0; c < row.values().size(); c++) {
            sheet.value(r, c + 2, row.values().get(c));
        }
        for (int c = 0; c < row.values().size() + 2; c++) {
            var style = sheet.style(r, c).borderStyle("thin");
            if (total) {
                style = style.bold().fillColor(TOTAL_FILL);
            }
            style.set();
        }
    }

    private static void heading(Worksheet sheet, int r, int c, String label) {
        sheet.inlineString(r, c, label);
        sheet.style(r, c)
                .bold()
                .fillColor(HEADER_FILL)
                .borderStyle("thin")
                .wrapText(true)
                .horizontalAlignment("center")
                .verticalAlignment("center")
                .set();
    }

    private static void text(Worksheet sheet, int r, int from, int to, String value, boolean bold, boolean italic) {
        sheet.inlineString(r, from, value);
        if (to > from) {
            sheet.range(r, from, r, to).merge();
        }
        var style = sheet.style(r, from).horizontalAlignment("center");
        if (bold) {
            style = style.bold();
        }
        if (italic) {
            style = style.italic();
        }
        style.set();
    }
}

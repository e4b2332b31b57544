package vn.dangvu.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/** The import template (Excel and CSV) and the error report (Excel), all with Vietnamese headers. */
final class MemberImportWorkbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A row of the error report. */
    record ReportRow(
            int row, @Nullable String column, @Nullable String value, String message) {}

    private MemberImportWorkbooks() {}

    /**
     * The template: the header row and a sample row on the first sheet ("Đảng viên"), dates as Excel dates and the
     * digit columns as text (so leading zeros stay), and the allowed values of the listed columns on the second.
     *
     * @param sampleCell the code of a cell the caller may import into, for the sample row
     */
    static void template(OutputStream out, @Nullable String sampleCell) throws IOException {
        Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
        Worksheet sheet = workbook.newWorksheet("Đảng viên");
        MemberImportColumn[] columns = MemberImportColumn.values();
        for (int c = 0; c < columns.length; c++) {
            MemberImportColumn column = columns[c];
            sheet.value(0, c, column.header() + (column.required() ? " *" : ""));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, Math.max(14, Math.min(40, column.header().length() + 4)));
            String sample = column == MemberImportColumn.CELL_CODE && sampleCell != null ? sampleCell : column.sample();
            if (column.kind() == MemberImportColumn.Kind.DATE && !sample.isEmpty()) {
                sheet.value(1, c, LocalDate.parse(sample, DMY));
                sheet.style(1, c).format("dd/mm/yyyy").set();
            } else {
                sheet.value(1, c, sample);
                if (column.kind() == MemberImportColumn.Kind.DIGITS) {
                    sheet.range(1, c, 1_000, c).style().format("@").set();
                }
            }
        }
        sheet.freezePane(0, 1);
        Worksheet values = workbook.newWorksheet("Giá trị hợp lệ");
        int c = 0;
        for (MemberImportColumn column : columns) {
            List<String> allowed = column.allowedValues();
            if (allowed.isEmpty()) {
                continue;
            }
            values.value(0, c, column.header());
            values.style(0, c).bold().set();
            values.width(c, 28);
            for (int r = 0; r < allowed.size(); r++) {
                values.value(r + 1, c, allowed.get(r));
            }
            c++;
        }
        values.value(0, c, "Ngày tháng");
        values.style(0, c).bold().set();
        values.value(1, c, "Ô ngày của Excel, hoặc chữ dạng dd/MM/yyyy");
        values.width(c, 44);
        workbook.finish();
    }

    /** The template as CSV: UTF-8 with a byte-order mark (so Excel reads the diacritics), comma-separated. */
    static void templateCsv(OutputStream out, @Nullable String sampleCell) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        MemberImportColumn[] columns = MemberImportColumn.values();
        for (int c = 0; c < columns.length; c++) {
            text.append(c == 0 ? "" : ",").append(csv(columns[c].header()));
        }
        text.append("\r\n");
        for (int c = 0; c < columns.length; c++) {
            MemberImportColumn column = columns[c];
            String sample = column == MemberImportColumn.CELL_CODE && sampleCell != null ? sampleCell : column.sample();
            text.append(c == 0 ? "" : ",").append(csv(sample));
        }
        text.append("\r\n");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The error report: row, column, value and message, one error a line, streamed. */
    static void report(OutputStream out, String fileName, Consumer<Consumer<ReportRow>> rows) throws IOException {
        Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
        Worksheet sheet = workbook.newWorksheet("Lỗi");
        String[] headers = {"Dòng", "Cột", "Giá trị", "Lỗi"};
        int[] widths = {8, 30, 30, 90};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
            sheet.style(0, c).bold().fillColor("FCE4D6").set();
            sheet.width(c, widths[c]);
        }
        sheet.value(0, 5, "Tệp: " + fileName);
        sheet.freezePane(0, 1);
        int[] r = {1};
        IOException[] failure = {null};
        rows.accept(row -> {
            int at = r[0]++;
            sheet.value(at, 0, row.row());
            sheet.inlineString(at, 1, row.column() == null ? "" : row.column());
            sheet.inlineString(at, 2, row.value() == null ? "" : row.value());
            sheet.inlineString(at, 3, row.message());
            if (at % 1_000 == 0 && failure[0] == null) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        workbook.finish();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}

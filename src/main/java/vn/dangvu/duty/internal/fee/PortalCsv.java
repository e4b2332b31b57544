package vn.dangvu.duty.internal.fee;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fee export of the National Public Service Portal as this system expects it (the portal's own layout was
 * not found; see docs/architecture.md): UTF-8 text (a BOM is allowed), separated by commas or semicolons, a header line
 * then one payment per line, columns in this order — member identifier (party card number or 12-digit citizen ID),
 * month ({@code MM/yyyy} or {@code yyyy-MM}), amount in VND (digits, with optional {@code .} or {@code ,} thousands
 * separators), transaction reference, paid date ({@code dd/MM/yyyy} or {@code yyyy-MM-dd}). Blank lines are skipped.
 */
final class PortalCsv {

    static final String HEADER = "Số thẻ đảng viên hoặc CCCD,Tháng,Số tiền,Mã giao dịch,Ngày nộp";

    private static final DateTimeFormatter MONTH_VN = DateTimeFormatter.ofPattern("MM/uuuu");
    private static final DateTimeFormatter DATE_VN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private PortalCsv() {}

    /** A row, or the reason it cannot be read. */
    record Row(
            int line,
            @Nullable String identifier,
            @Nullable YearMonth month,
            long amount,
            @Nullable String reference,
            @Nullable LocalDate paidOn,
            @Nullable String error) {}

    static List<Row> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String header = reader.readLine();
            if (header == null) {
                return rows;
            }
            String separator = header.contains(";") ? ";" : ",";
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                rows.add(row(number, line.split(separator, -1)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Row row(int line, String[] cells) {
        if (cells.length < 5) {
            return new Row(line, null, null, 0, null, null, "columns");
        }
        String identifier = cell(cells[0]);
        String reference = cell(cells[3]);
        if (identifier.isEmpty()) {
            return new Row(line, null, null, 0, reference, null, "identifier");
        }
        if (reference.isEmpty() || reference.length() > 64) {
            return new Row(line, identifier, null, 0, null, null, "reference");
        }
        YearMonth month = month(cell(cells[1]));
        if (month == null) {
            return new Row(line, identifier, null, 0, reference, null, "month");
        }
        String digits = cell(cells[2]).replace(".", "").replace(",", "").replace(" ", "");
        long amount;
        try {
            amount = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            amount = -1;
        }
        if (amount <= 0) {
            return new Row(line, identifier, month, 0, reference, null, "amount");
        }
        LocalDate paidOn = date(cell(cells[4]));
        if (paidOn == null) {
            return new Row(line, identifier, month, amount, reference, null, "paidOn");
        }
        return new Row(line, identifier, month, amount, reference, paidOn, null);
    }

    private static String cell(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    private static @Nullable YearMonth month(String text) {
        try {
            return text.contains("/") ? YearMonth.parse(text, MONTH_VN) : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DATE_VN) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

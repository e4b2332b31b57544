package vn.dangvu.member.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads an import file row by row without loading it whole: the first sheet of an Excel workbook (.xlsx), or CSV in
 * UTF-8 (with or without a byte-order mark) separated by commas or semicolons, whichever the header line uses.
 * The first non-blank row is the header; blank rows are skipped; row numbers are those a spreadsheet shows.
 */
final class MemberImportFile implements Closeable {

    /** The formats accepted. */
    enum Format {
        XLSX,
        CSV
    }

    /** A cell: its text, and its number when the workbook stored one (dates, digits typed as numbers). */
    record Cell(String text, @Nullable BigDecimal number) {

        static final Cell EMPTY = new Cell("", null);

        boolean blank() {
            return text.isBlank();
        }
    }

    /** A data row: its number in the file (the header is usually row 1) and its cells by column index. */
    record Row(int number, List<Cell> cells) {

        Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }
    }

    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

    private final Iterator<Row> rows;
    private final Closeable resource;
    private final List<String> header;

    private MemberImportFile(Iterator<Row> rows, Closeable resource) {
        this.rows = rows;
        this.resource = resource;
        Row first = rows.hasNext() ? rows.next() : new Row(0, List.of());
        this.header = first.cells().stream().map(c -> c.text().strip()).toList();
    }

    /** The format by the file name's extension, else by content (a ZIP header means a workbook). */
    static Format formatOf(@Nullable String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Format.CSV;
        }
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                ? Format.XLSX
                : Format.CSV;
    }

    static MemberImportFile open(Path path, Format format) throws IOException {
        if (format == Format.XLSX) {
            ReadableWorkbook workbook = new ReadableWorkbook(path.toFile());
            try {
                Iterator<org.dhatim.fastexcel.reader.Row> sheet =
                        workbook.getFirstSheet().openStream().iterator();
                return new MemberImportFile(new XlsxRows(sheet), workbook);
            } catch (IOException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        }
        BufferedReader reader = csvReader(Files.newInputStream(path));
        return new MemberImportFile(new CsvRows(reader), reader);
    }

    /** The header row's texts. */
    List<String> header() {
        return header;
    }

    /** The data rows after the header, blank rows skipped; read once. */
    Iterator<Row> rows() {
        return rows;
    }

    /**
     * How many data rows the file holds, for the progress bar, found without parsing the rows: the line count of a
     * CSV file, the sheet's recorded dimension of a workbook; 0 when unknown.
     */
    static long estimateRows(Path path, Format format) throws IOException {
        if (format == Format.CSV) {
            long lines = 0;
            byte last = '\n';
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(path)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    last = buffer[n - 1];
                }
            }
            long records = last == '\n' ? lines : lines + 1;
            return Math.max(0, records - 1);
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return 0;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                Matcher m = DIMENSION.matcher(head);
                return m.find() ? Math.max(0, Long.parseLong(m.group(1)) - 1) : 0;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }

    static BufferedReader csvReader(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The delimiter of a CSV header line: the semicolon when it has more of them than commas outside quotes. */
    static char delimiterOf(String line) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks. */
    private static final class CsvRows implements Iterator<Row> {

        private final Reader reader;
        private char delimiter;
        private int line = 0;
        private @Nullable Row next;
        private boolean started;

        CsvRows(BufferedReader reader) throws IOException {
            this.reader = reader;
            reader.mark(1 << 15);
            char[] head = new char[1 << 15];
            int n = reader.read(head);
            String text = n <= 0 ? "" : new String(head, 0, n);
            int end = text.indexOf('\n');
            this.delimiter = delimiterOf(end < 0 ? text : text.substring(0, end));
            reader.reset();
        }

        @Override
        public boolean hasNext() {
            if (!started) {
                started = true;
                next = read();
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = read();
            return row;
        }

        private @Nullable Row read() {
            try {
                while (true) {
                    int startLine = line + 1;
                    List<Cell> cells = record();
                    if (cells == null) {
                        return null;
                    }
                    if (cells.stream().anyMatch(c -> !c.blank())) {
                        return new Row(startLine, cells);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private @Nullable List<Cell> record() throws IOException {
            int c = reader.read();
            if (c < 0) {
                return null;
            }
            line++;
            List<Cell> cells = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (c < 0) {
                    cells.add(new Cell(field.toString(), null));
                    return cells;
                }
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        reader.mark(1);
                        int after = reader.read();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (ch == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (ch == delimiter) {
                    cells.add(new Cell(field.toString(), null));
                    field.setLength(0);
                } else if (ch == '\n') {
                    cells.add(new Cell(field.toString(), null));
                    return cells;
                } else if (ch != '\r') {
                    field.append(ch);
                }
                c = reader.read();
            }
        }
    }

    /** Rows of the first sheet; numeric cells keep their number (Excel dates are numbers with a date format). */
    private static final class XlsxRows implements Iterator<Row> {

        private final Iterator<org.dhatim.fastexcel.reader.Row> sheet;
        private @Nullable Row next;
        private boolean started;

        XlsxRows(Iterator<org.dhatim.fastexcel.reader.Row> sheet) {
            this.sheet = sheet;
        }

        @Override
        public boolean hasNext() {
            if (!started) {
                started = true;
                next = read();
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = read();
            return row;
        }

        private @Nullable Row read() {
            while (sheet.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = sheet.next();
                int count = row.getCellCount();
                List<Cell> cells = new ArrayList<>(count);
                boolean any = false;
                for (int i = 0; i < count; i++) {
                    org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
                    Cell value = cell == null ? Cell.EMPTY : convert(cell);
                    any |= !value.blank();
                    cells.add(value);
                }
                if (any) {
                    return new Row(row.getRowNum(), cells);
                }
            }
            return null;
        }

        private static Cell convert(org.dhatim.fastexcel.reader.Cell cell) {
            CellType type = cell.getType();
            if (type == CellType.NUMBER) {
                BigDecimal number = cell.asNumber();
                return new Cell(number.stripTrailingZeros().toPlainString(), number);
            }
            if (type == CellType.EMPTY || type == CellType.ERROR) {
                return Cell.EMPTY;
            }
            String raw = cell.getType() == CellType.FORMULA ? cell.getRawValue() : cell.getText();
            return new Cell(raw == null ? "" : raw, null);
        }
    }
}

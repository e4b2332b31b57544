package vn.dangvu.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads downloaded Excel workbooks in tests. */
public final class Sheets {

    private Sheets() {}

    /** The rows of the first sheet. */
    public static List<Row> rows(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

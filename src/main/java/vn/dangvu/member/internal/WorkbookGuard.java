package vn.dangvu.member.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.dangvu.shared.DomainException;

/**
 * Refuses a workbook that would unpack to far more than it weighs (a "zip bomb") before the Excel reader opens it:
 * the reader keeps the shared strings in memory, so one such file could exhaust the heap of the whole application.
 * Each part is unpacked once, counting bytes, never keeping them; the sizes the ZIP declares are not trusted.
 */
final class WorkbookGuard {

    /** All the parts of a workbook together: a 500,000-row register unpacks to a few hundred megabytes. */
    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;

    /** Spreadsheet XML packs 10 to 30 times; far beyond this is a bomb. */
    static final long MAX_RATIO = 200;

    /** Below this a part's ratio does not matter. */
    static final long RATIO_FLOOR_BYTES = 16L * 1024 * 1024;

    private WorkbookGuard() {}

    /** Checks the workbook, or throws a problem naming the file field. */
    static void check(Path workbook) {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long packed = Math.max(1, entry.getCompressedSize());
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        total += n;
                        if ((unpacked > RATIO_FLOOR_BYTES && unpacked > packed * MAX_RATIO)
                                || total > MAX_UNPACKED_BYTES) {
                            throw DomainException.rule("member-import.file.unsafe")
                                    .onField("file");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw DomainException.rule("member-import.file.unreadable").onField("file");
        }
    }
}

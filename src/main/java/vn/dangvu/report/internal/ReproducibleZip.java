package vn.dangvu.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office Open XML package so that the same content gives the same bytes: every entry gets one fixed time,
 * and the core properties' creation time (fastexcel writes the clock's) becomes that time too.
 */
final class ReproducibleZip {

    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private static final Pattern MERGED = Pattern.compile("(<mergeCells[^>]*>)(.*?)(</mergeCells>)");
    private static final Pattern MERGED_CELL = Pattern.compile("<mergeCell [^>]*/>");

    private ReproducibleZip() {}

    /** fastexcel keeps merged ranges in a hash set: their order changes from run to run. */
    static String sortMergedCells(String xml) {
        Matcher block = MERGED.matcher(xml);
        if (!block.find()) {
            return xml;
        }
        List<String> cells = new ArrayList<>();
        Matcher cell = MERGED_CELL.matcher(block.group(2));
        while (cell.find()) {
            cells.add(cell.group());
        }
        Collections.sort(cells);
        return xml.substring(0, block.start(2)) + String.join("", cells) + xml.substring(block.end(2));
    }

    /** The package with its times set to midnight UTC of {@code day}. */
    static byte[] normalise(byte[] zip, LocalDate day) {
        long time = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        Path file = null;
        // the local headers of fastexcel's (opczip) entries carry no sizes: read the central directory instead
        try {
            file = Files.createTempFile("report", ".xlsx");
            Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile());
                    ZipOutputStream rewritten = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream data = in.getInputStream(entry)) {
                        content = data.readAllBytes();
                    }
                    if (entry.getName().startsWith("xl/worksheets/")) {
                        content = sortMergedCells(new String(content, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        content = CREATED.matcher(xml)
                                .replaceAll("$1" + day + "T00:00:00Z$2")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(time);
                    rewritten.putNextEntry(copy);
                    rewritten.write(content);
                    rewritten.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
        return out.toByteArray();
    }
}

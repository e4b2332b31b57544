package vn.dangvu.document.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small PDF (OpenPDF, DejaVu font for the Vietnamese letters) and DOCX (a zip with word/document.xml) files. */
public final class DocumentFiles {

    private DocumentFiles() {}

    public static byte[] pdf(String... lines) {
        try (InputStream in = DocumentFiles.class.getResourceAsStream("/fonts/DejaVuSerifCondensed.ttf")) {
            byte[] ttf = in.readAllBytes();
            BaseFont base = BaseFont.createFont(
                    "DejaVuSerifCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            for (String line : lines) {
                document.add(new Paragraph(line, new Font(base, 12)));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] docx(String... paragraphs) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
        for (String p : paragraphs) {
            int half = p.length() / 2;
            xml.append("<w:p><w:r><w:t>")
                    .append(p, 0, half)
                    .append("</w:t></w:r><w:r><w:t xml:space=\"preserve\">")
                    .append(p.substring(half))
                    .append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}

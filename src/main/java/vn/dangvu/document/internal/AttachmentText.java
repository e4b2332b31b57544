package vn.dangvu.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.dangvu.shared.DomainException;

/**
 * Recognises an attachment by its magic bytes (never by the type the client claims) and extracts its text for search:
 * PDF with Apache PDFBox, DOCX by streaming the {@code w:t} runs of {@code word/document.xml} out of the zip. Anything
 * else is refused.
 */
public final class AttachmentText {

    /** The DOCX content type. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The PDF content type. */
    public static final String PDF = "application/pdf";

    private static final long MAX_XML_BYTES = 64L * 1024 * 1024;
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private AttachmentText() {}

    /**
     * An attachment's recognised type and text.
     *
     * @param contentType {@link #PDF} or {@link #DOCX}
     * @param text the extracted text, cut at the limit
     */
    public record Extracted(String contentType, String text) {}

    /** Recognises and reads the file; refuses other types and unreadable files with {@code document.attachment.type}. */
    public static Extracted extract(byte[] bytes, int maxChars) {
        String text;
        String type;
        if (isPdf(bytes)) {
            type = PDF;
            text = pdf(bytes);
        } else if (isZip(bytes)) {
            type = DOCX;
            text = docx(bytes);
        } else {
            throw refused();
        }
        text = text.replace('\u0000', ' ').strip();
        return new Extracted(type, text.length() > maxChars ? text.substring(0, maxChars) : text);
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5
                && bytes[0] == '%'
                && bytes[1] == 'P'
                && bytes[2] == 'D'
                && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static String pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw refused();
        }
    }

    static String docx(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if ("word/document.xml".equals(entry.getName())) {
                    return wordText(new LimitedStream(zip, MAX_XML_BYTES));
                }
            }
        } catch (IOException | XMLStreamException | IllegalStateException e) {
            throw refused();
        }
        throw refused();
    }

    private static String wordText(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
                    switch (reader.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> text.append(' ');
                        case "br" -> text.append('\n');
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
                    if ("t".equals(reader.getLocalName())) {
                        inText = false;
                    } else if ("p".equals(reader.getLocalName())) {
                        text.append('\n');
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(reader.getText());
                }
            }
        } finally {
            reader.close();
        }
        return text.toString();
    }

    private static DomainException refused() {
        return new DomainException(DomainException.Kind.BAD_REQUEST, "document.attachment.type").onField("file");
    }

    /** Stops a zip bomb: fails once more than {@code limit} bytes were read. */
    private static final class LimitedStream extends java.io.FilterInputStream {

        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IllegalStateException("too large");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new IllegalStateException("too large");
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}

package vn.dangvu.report.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import vn.dangvu.report.ReportTable;
import vn.dangvu.report.ReportTable.Column;
import vn.dangvu.report.ReportTable.Row;

/**
 * A report as a PDF on A4 (landscape when the table is wide), laid out as Party documents are: the issuer top left
 * with a star under it, "ĐẢNG CỘNG SẢN VIỆT NAM" underlined top right with the place and date under it (the date left
 * for the signer), then the form code, the title in bold capitals, the period, the table (its headings repeated on
 * every page, the totals row last) and the notes; "Trang n/N" at the foot of each page. The DejaVu Serif Condensed
 * fonts (free licence, in {@code fonts/}) are embedded, subset, so that every Vietnamese letter prints; text is
 * normalised to NFC first, since decomposed marks print misplaced.
 *
 * <p>Reproducible: the creation and modification dates, the document ID and the font subset tags are derived from the
 * report's parameters, so the same report gives the same bytes. Paragraphs of text, when the report has any, are
 * printed justified between the period and the table.
 */
public final class PdfReport {

    private static final byte[] REGULAR = font("fonts/DejaVuSerifCondensed.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSerifCondensed-Bold.ttf");
    private static final byte[] ITALIC = font("fonts/DejaVuSerifCondensed-Italic.ttf");
    private static final Color HEADER_FILL = new Color(0xD9, 0xE1, 0xF2);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);

    private PdfReport() {}

    static byte[] render(ReportDefinition report) {
        return render(report.table());
    }

    /** The PDF of any report laid out as a {@link ReportTable}. */
    public static byte[] render(ReportTable report) {
        byte[] seed = seed(report);
        Fonts fonts = new Fonts(seed);
        Rectangle page = report.wide() ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(page, 28, 28, 28, 36);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(fonts.regular));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(seed, seed));
            document.addTitle(nfc(report.formCode() + " — " + report.title()));
            document.addSubject(nfc(report.unitName() + " — " + report.period()));
            document.addCreator("Đảng Vụ");
            document.open();
            heading(document, report, fonts);
            for (String text : report.paragraphs()) {
                Paragraph p = new Paragraph(nfc(text), new Font(fonts.regular, 10));
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setFirstLineIndent(20);
                p.setSpacingAfter(6);
                document.add(p);
            }
            document.add(table(report, fonts));
            for (String note : report.notes()) {
                Paragraph p = new Paragraph(nfc(note), new Font(fonts.italic, 8));
                document.add(p);
            }
            // the info dictionary is dated with the clock when the document is made: overwrite both dates
            PdfDate date = date(report);
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, ReportTable report, Fonts fonts) throws DocumentException {
        PdfPTable top = new PdfPTable(new float[] {1, 1});
        top.setWidthPercentage(100);
        PdfPCell left = plain();
        for (String line : report.issuer()) {
            left.addElement(centred(line, new Font(fonts.bold, 10)));
        }
        left.addElement(centred("*", new Font(fonts.regular, 10)));
        top.addCell(left);
        PdfPCell right = plain();
        Font party = new Font(fonts.bold, 11, Font.UNDERLINE);
        right.addElement(centred("ĐẢNG CỘNG SẢN VIỆT NAM", party));
        right.addElement(centred(report.place() + ", ngày … tháng … năm …", new Font(fonts.italic, 10)));
        top.addCell(right);
        document.add(top);

        Paragraph form = new Paragraph(nfc(report.formCode()), new Font(fonts.bold, 9));
        form.setAlignment(Element.ALIGN_RIGHT);
        document.add(form);
        Paragraph title = centred(report.title(), new Font(fonts.bold, 13));
        title.setSpacingBefore(4);
        document.add(title);
        document.add(centred(report.unitName(), new Font(fonts.regular, 10)));
        Paragraph period = centred(report.period(), new Font(fonts.italic, 10));
        period.setSpacingAfter(8);
        document.add(period);
    }

    private static PdfPTable table(ReportTable report, Fonts fonts) throws DocumentException {
        List<Column> columns = report.columns();
        float[] widths = new float[columns.size() + 2];
        widths[0] = 1.8f;
        widths[1] = report.wide() ? 11 : 14;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = report.wide() ? 2.6f : 4;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        Font head = new Font(fonts.bold, report.wide() ? 5.5f : 8);
        Font body = new Font(fonts.regular, report.wide() ? 7 : 9);
        Font bold = new Font(fonts.bold, report.wide() ? 7 : 9);

        table.addCell(header("STT", head, 1, 2));
        table.addCell(header(report.rowHeader(), head, 1, 2));
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.group() == null) {
                table.addCell(header(column.label(), head, 1, 2));
            } else if (c == 0 || !Objects.equals(columns.get(c - 1).group(), column.group())) {
                int span = 1;
                while (c + span < columns.size()
                        && Objects.equals(columns.get(c + span).group(), column.group())) {
                    span++;
                }
                table.addCell(header(column.group(), head, span, 1));
            }
        }
        for (Column column : columns) {
            if (column.group() != null) {
                table.addCell(header(column.label(), head, 1, 1));
            }
        }
        int no = 1;
        for (Row row : report.rows()) {
            addRow(table, String.valueOf(no++), row, body, null);
        }
        addRow(table, "", report.total(), bold, TOTAL_FILL);
        return table;
    }

    private static void addRow(PdfPTable table, String no, Row row, Font font, Color fill) {
        table.addCell(cell(no, font, Element.ALIGN_CENTER, fill));
        table.addCell(cell(row.label(), font, Element.ALIGN_LEFT, fill));
        for (Long value : row.values()) {
            // a blank cell is a box to fill in by hand (the yes/no columns of a ballot)
            String text = value == null ? "" : String.format("%,d", value).replace(',', '.');
            table.addCell(cell(text, font, Element.ALIGN_RIGHT, fill));
        }
    }

    private static PdfPCell header(String text, Font font, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(text), font));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setPadding(1.5f);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(nfc(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Midnight UTC of the reference date: the document's dates, the same for the same parameters. */
    private static PdfDate date(ReportTable report) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(
                report.referenceDate().getYear(),
                report.referenceDate().getMonthValue() - 1,
                report.referenceDate().getDayOfMonth(),
                0,
                0,
                0);
        calendar.set(Calendar.MILLISECOND, 0);
        return new PdfDate(calendar);
    }

    /** A digest of the parameters (and of the figures): the document ID and the seed of the subset tags. */
    private static byte[] seed(ReportTable report) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String parameters = report.key() + "|" + report.orgUnitId() + "|" + report.referenceDate() + "|"
                    + report.rows() + "|" + report.total();
            if (!report.paragraphs().isEmpty()) {
                // a report over a period: the same figures over another period is another document
                parameters += "|" + report.period() + "|" + report.paragraphs();
            }
            md5.update(parameters.getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(resource)) {
            return Objects.requireNonNull(in, resource).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fresh fonts per document (not the shared cache), with subset tags drawn from the document's seed. */
    private static final class Fonts {
        final BaseFont regular;
        final BaseFont bold;
        final BaseFont italic;

        Fonts(byte[] seed) {
            SecureRandom random;
            try {
                random = SecureRandom.getInstance("SHA1PRNG");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            random.setSeed(seed);
            this.regular = create("DejaVuSerifCondensed.ttf", REGULAR, random);
            this.bold = create("DejaVuSerifCondensed-Bold.ttf", BOLD, random);
            this.italic = create("DejaVuSerifCondensed-Italic.ttf", ITALIC, random);
        }

        private static BaseFont create(String name, byte[] ttf, SecureRandom random) {
            try {
                BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
                font.setSecureRandom(random);
                return font;
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** "Trang n/N" centred at the foot of every page; N is written once the document is complete. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final BaseFont font;
        private PdfTemplate total;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = "Trang " + writer.getPageNumber() + "/";
            float width = font.getWidthPoint(text, 8);
            float x = (document.right() + document.left()) / 2 - width / 2;
            float y = document.bottom() - 20;
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}

package vn.dangvu.demo.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.document.Confidentiality;
import vn.dangvu.document.DocumentManagement;
import vn.dangvu.document.DocumentScope;
import vn.dangvu.document.DocumentType;
import vn.dangvu.document.DraftDocument;
import vn.dangvu.document.LinkKind;
import vn.dangvu.document.ScopeKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * About ten realistic documents for the demo city's library: Central resolutions registered by the city office, a city
 * plan and programme, a commune's instructions to its cells, one confidential notice to a named cell; each with a
 * one-page PDF. Written through {@link DocumentManagement} as the city office.
 */
@Component
class DemoDocuments {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoDocuments.class);

    private final DocumentManagement documents;

    DemoDocuments(DocumentManagement documents) {
        this.documents = documents;
    }

    private record Seed(
            long unitId,
            DocumentType type,
            String issuer,
            @Nullable String incoming,
            String title,
            String summary,
            String signer,
            @Nullable LocalDate issuedOn,
            Confidentiality level,
            List<DocumentScope> scope,
            @Nullable Integer replaces) {}

    /** Seeds the library; {@code rootId}/{@code rootPath} the city, then a commune and one of its cells. */
    void seed(long rootId, String rootPath, long communeId, long cellId) {
        long started = System.nanoTime();
        BaseFont font = font();
        Actor office = new Actor(
                new UUID(0, 1), "demo", null, null, List.of(new RoleGrant(Role.CITY_OFFICE, rootId, rootPath)));
        List<DocumentScope> city = List.of(new DocumentScope(ScopeKind.CITY, null, null));
        List<DocumentScope> commune = List.of(new DocumentScope(ScopeKind.SUBTREE, communeId, null));
        List<DocumentScope> secretaries = List.of(new DocumentScope(ScopeKind.ROLE, null, Role.CELL_SECRETARY));
        List<Seed> seeds = List.of(
                new Seed(
                        rootId,
                        DocumentType.NQ,
                        "TW",
                        "57-NQ/TW",
                        "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                        "Bộ Chính trị xác định phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá"
                                + " quan trọng hàng đầu.",
                        "Tổng Bí thư",
                        LocalDate.of(2024, 12, 22),
                        Confidentiality.PUBLIC,
                        city,
                        null),
                new Seed(
                        rootId,
                        DocumentType.QD,
                        "TW",
                        "190-QĐ/TW",
                        "Quy định thi hành Điều lệ Đảng về công tác bầu cử trong Đảng",
                        "Nguyên tắc, phương thức bầu cử; danh sách bầu cử, phiếu bầu và kiểm phiếu.",
                        "Ban Bí thư",
                        LocalDate.of(2024, 10, 10),
                        Confidentiality.PUBLIC,
                        city,
                        null),
                new Seed(
                        rootId,
                        DocumentType.HD,
                        "BTCTW",
                        "42-HD/BTCTW",
                        "Hướng dẫn nghiệp vụ công tác đảng viên",
                        "Hướng dẫn kết nạp, chuyển đảng chính thức, chuyển sinh hoạt đảng và quản lý hồ sơ đảng viên.",
                        "Ban Tổ chức Trung ương",
                        LocalDate.of(2025, 3, 5),
                        Confidentiality.INTERNAL,
                        city,
                        null),
                new Seed(
                        rootId,
                        DocumentType.KH,
                        "TU",
                        null,
                        "Kế hoạch học tập, quán triệt và triển khai Nghị quyết số 57-NQ/TW",
                        "Tổ chức hội nghị học tập nghị quyết đến toàn thể cán bộ, đảng viên; các chi bộ báo cáo kết quả.",
                        "Phó Bí thư Thường trực",
                        null,
                        Confidentiality.PUBLIC,
                        city,
                        null),
                new Seed(
                        rootId,
                        DocumentType.CTR,
                        "TU",
                        null,
                        "Chương trình công tác năm 2026 của Ban Thường vụ Thành ủy",
                        "Các nhiệm vụ trọng tâm theo quý về xây dựng Đảng, kinh tế - xã hội, quốc phòng - an ninh.",
                        "Bí thư Thành ủy",
                        null,
                        Confidentiality.INTERNAL,
                        city,
                        null),
                new Seed(
                        rootId,
                        DocumentType.CTHD,
                        "TU",
                        null,
                        "Chương trình hành động thực hiện Nghị quyết về chuyển đổi số trong các cơ quan đảng",
                        "Số hóa hồ sơ đảng viên, sử dụng văn bản điện tử, sổ tay đảng viên điện tử.",
                        "Bí thư Thành ủy",
                        null,
                        Confidentiality.PUBLIC,
                        city,
                        null),
                new Seed(
                        rootId,
                        DocumentType.CV,
                        "TU",
                        null,
                        "Công văn về việc cập nhật dữ liệu đảng viên trước kỳ thống kê",
                        "Đề nghị bí thư các chi bộ rà soát, cập nhật thông tin đảng viên trên hệ thống trước ngày 31/3.",
                        "Chánh Văn phòng Thành ủy",
                        null,
                        Confidentiality.PUBLIC,
                        secretaries,
                        null),
                new Seed(
                        communeId,
                        DocumentType.HD,
                        "ĐU",
                        null,
                        "Hướng dẫn sinh hoạt chi bộ định kỳ năm 2026",
                        "Nội dung sinh hoạt chuyên đề theo quý, chuẩn bị biên bản và nghị quyết chi bộ.",
                        "Bí thư Đảng ủy",
                        null,
                        Confidentiality.PUBLIC,
                        commune,
                        null),
                new Seed(
                        communeId,
                        DocumentType.TB,
                        "ĐU",
                        null,
                        "Thông báo kết luận của Ban Thường vụ Đảng ủy về công tác nhân sự",
                        "Gửi chi bộ để quán triệt; không phổ biến ra ngoài.",
                        "Bí thư Đảng ủy",
                        null,
                        Confidentiality.CONFIDENTIAL,
                        List.of(new DocumentScope(ScopeKind.UNIT, cellId, null)),
                        null),
                new Seed(
                        communeId,
                        DocumentType.HD,
                        "ĐU",
                        null,
                        "Hướng dẫn sinh hoạt chi bộ định kỳ năm 2026 (thay thế)",
                        "Bổ sung nội dung sinh hoạt về chuyển đổi số; thay thế hướng dẫn trước.",
                        "Bí thư Đảng ủy",
                        null,
                        Confidentiality.PUBLIC,
                        commune,
                        7));
        long[] ids = new long[seeds.size()];
        for (int i = 0; i < seeds.size(); i++) {
            Seed s = seeds.get(i);
            List<DraftDocument.Link> links = s.replaces() == null
                    ? List.of()
                    : List.of(new DraftDocument.Link(LinkKind.REPLACES, ids[s.replaces()]));
            long id = documents.create(
                    new DraftDocument(
                            s.unitId(),
                            s.type(),
                            s.issuer(),
                            false,
                            s.incoming(),
                            s.title(),
                            s.summary(),
                            s.signer(),
                            s.issuedOn(),
                            null,
                            s.level(),
                            s.scope(),
                            links),
                    office);
            documents.attach(id, "van-ban-" + (i + 1) + ".pdf", pdf(font, s.title(), s.summary(), s.signer()), office);
            documents.publish(id, documents.view(id, office).version(), office);
            ids[i] = id;
        }
        log.info("Dữ liệu mẫu: {} văn bản trong {} ms", seeds.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The font, parsed once for all the documents (parsing it is most of a small PDF's cost). */
    private static BaseFont font() {
        try (InputStream in = DemoDocuments.class.getResourceAsStream("/fonts/DejaVuSerifCondensed.ttf")) {
            if (in == null) {
                throw new IllegalStateException("font missing");
            }
            return BaseFont.createFont(
                    "DejaVuSerifCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(BaseFont base, String title, String summary, String signer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", new Font(base, 12, Font.BOLD)));
        document.add(new Paragraph(title, new Font(base, 14, Font.BOLD)));
        document.add(new Paragraph(summary, new Font(base, 12)));
        document.add(new Paragraph(signer, new Font(base, 12, Font.ITALIC)));
        document.close();
        return out.toByteArray();
    }
}

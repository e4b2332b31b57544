package vn.dangvu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.DomainException;

/** Attachments are recognised by their magic bytes and their text extracted for search. */
class AttachmentTextTests {

    @Test
    void readsTheVietnameseTextOfAPdf() {
        AttachmentText.Extracted pdf = AttachmentText.extract(
                DocumentFiles.pdf("Nghị quyết về đột phá phát triển khoa học, công nghệ", "Đổi mới sáng tạo"), 10_000);
        assertThat(pdf.contentType()).isEqualTo(AttachmentText.PDF);
        assertThat(pdf.text()).contains("đột phá phát triển khoa học").contains("Đổi mới sáng tạo");
    }

    @Test
    void readsTheRunsOfADocxAndCutsAtTheLimit() {
        AttachmentText.Extracted docx = AttachmentText.extract(
                DocumentFiles.docx("Kế hoạch tổ chức đại hội", "Chi bộ khu dân cư số 3"), 10_000);
        assertThat(docx.contentType()).isEqualTo(AttachmentText.DOCX);
        assertThat(docx.text()).isEqualTo("Kế hoạch tổ chức đại hội\nChi bộ khu dân cư số 3");
        assertThat(AttachmentText.extract(DocumentFiles.docx("Kế hoạch tổ chức đại hội"), 8)
                        .text())
                .isEqualTo("Kế hoạch");
    }

    @Test
    void refusesOtherContentWhateverItsName() {
        DomainException text = catchThrowableOfType(
                DomainException.class,
                () -> AttachmentText.extract("%PNG not a pdf".getBytes(StandardCharsets.UTF_8), 100));
        assertThat(text.code()).isEqualTo("document.attachment.type");
        assertThat(text.field()).isEqualTo("file");
        DomainException brokenPdf = catchThrowableOfType(
                DomainException.class,
                () -> AttachmentText.extract("%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8), 100));
        assertThat(brokenPdf.code()).isEqualTo("document.attachment.type");
        byte[] zipWithoutWord = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThat(catchThrowableOfType(DomainException.class, () -> AttachmentText.extract(zipWithoutWord, 100))
                        .code())
                .isEqualTo("document.attachment.type");
    }
}

package vn.dangvu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PdfText;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.Sheets;

/**
 * Hostile text in the exports (issue 10 point 3): organisations named with decomposed Vietnamese, right-to-left
 * overrides and Arabic/Hebrew, zero-width characters and markup, and a member with a decomposed name, reach the member
 * list workbook and the standard member report (PDF and Excel): every file opens, the text is there as stored, and
 * decomposed input comes out composed (NFC), so tone marks sit on their letters.
 */
class HostileExportIntegrationTests extends PlatformTestBase {

    private static final String NFD_UNIT = nfd("Chi bộ Phường Hồng Đức");
    private static final String RTL_UNIT = "Chi bộ \u202Etên\u202C مرحبا שלום";
    private static final String ZERO_WIDTH_UNIT = "Chi\u200Bbộ\u200D Thử\uFEFF nghiệm";
    private static final String MARKUP_UNIT = "<script>alert(1)</script> Chi bộ <b>Đậm</b>";
    private static final String NFD_MEMBER = nfd("Nguyễn Thị Hồng Đức");

    @Test
    void hostileNamesOpenInTheMemberWorkbookAndTheStandardReport() {
        ApiClient tochuc = loggedIn("tochuc");
        long parent = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        List<Long> cells = new ArrayList<>();
        for (String name : List.of(NFD_UNIT, RTL_UNIT, ZERO_WIDTH_UNIT, MARKUP_UNIT)) {
            cells.add(cell(tochuc, parent, name));
        }
        ApiClient.Response registered = tochuc.post(
                "/api/v1/members",
                "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + cells.get(0) + ",\"fullName\":"
                        + ApiClient.quote(NFD_MEMBER)
                        + ",\"sex\":\"F\",\"birthDate\":\"1990-01-01\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        ApiClient.Download members = tochuc.download("/api/v1/members/export.xlsx?orgUnitId=" + cells.get(0));
        assertThat(members.status()).isEqualTo(200);
        String memberCells = cellsOf(members.bytes());
        assertThat(memberCells).contains(nfc(NFD_MEMBER)).doesNotContain(NFD_MEMBER);

        ApiClient.Download workbook =
                tochuc.download("/api/v1/reports/MEMBERS.xlsx?orgUnitId=" + parent + "&date=2026-03-01");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(cellsOf(workbook.bytes()))
                .contains(nfc(NFD_UNIT), RTL_UNIT, ZERO_WIDTH_UNIT, MARKUP_UNIT)
                .doesNotContain(NFD_UNIT);

        ApiClient.Download pdf =
                tochuc.download("/api/v1/reports/MEMBERS.pdf?orgUnitId=" + parent + "&date=2026-03-01");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = Normalizer.normalize(PdfText.of(pdf.bytes()), Normalizer.Form.NFC);
        assertThat(text)
                .as("markup printed as text (wrapped in its cell), right-to-left and zero-width text rendered")
                .contains(nfc(NFD_UNIT), "<script>alert(1)</script> Chi bộ", "<b>Đậm</b>", "Chi bộ tên", "nghiệm");
        assertThat(PdfText.of(pdf.bytes()))
                .as("the diacritics are composed in the PDF itself, not only after normalising the extract")
                .contains(nfc(NFD_UNIT));
    }

    private static long cell(ApiClient client, long parent, String name) {
        String code = "HOSX." + System.nanoTime() % 1_000_000;
        ApiClient.Response created = client.post(
                "/api/v1/org-units",
                "{\"parentId\":" + parent + ",\"kind\":\"CELL\",\"code\":\"" + code + "\",\"name\":"
                        + ApiClient.quote(name) + ",\"decisionNumber\":\"125-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
                        + "\"issuer\":\"Ban Thường vụ Đảng ủy\",\"effectiveOn\":\"2026-02-25\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static String cellsOf(byte[] xlsx) {
        return Sheets.rows(xlsx).stream()
                .flatMap(row -> row.stream())
                .filter(java.util.Objects::nonNull)
                .map(org.dhatim.fastexcel.reader.Cell::getText)
                .collect(Collectors.joining("\n"));
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

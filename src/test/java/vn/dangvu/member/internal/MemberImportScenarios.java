package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Member import end to end: modes, idempotent re-import keyed by citizen ID, rollback of a failed write, scope and the
 * error report. Each test uses its own citizen IDs, so the shared demo database stays usable by the other suites.
 */
abstract class MemberImportScenarios extends PlatformTestBase {

    private static final AtomicInteger NEXT = new AtomicInteger();

    static final String HEADER = "Họ và tên;Giới tính;Ngày sinh;Dân tộc;Số định danh cá nhân (CCCD);Mã chi bộ;"
            + "Điện thoại;Ngày quyết định kết nạp;Nghề nghiệp\n";

    /** A citizen ID no demo member has (demo IDs start with a province code 0xx). */
    static String citizenId(int test, int row) {
        return String.format("9%02d%02d%07d", test, NEXT.get() % 100, row);
    }

    String cellCode() {
        return jdbc.sql("""
                        SELECT code FROM org_unit WHERE kind = 'CELL' AND path LIKE :p AND id <> :secretary
                         ORDER BY id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .param("secretary", secretaryCell())
                .query(String.class)
                .single();
    }

    static String row(String name, String citizenId, String cell, String occupation) {
        return name + ";Nữ;05/09/1985;Kinh;" + citizenId + ";" + cell + ";0912345678;12/10/2010;" + occupation + "\n";
    }

    JsonNode upload(ApiClient client, String csv, String mode) {
        ApiClient.Response response = client.multipart(
                "POST",
                "/api/v1/member-imports?mode=" + mode,
                "file",
                "dang-vien.csv",
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json();
    }

    long members(String citizenIdPrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE citizen_id LIKE :p")
                .param("p", citizenIdPrefix + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsWrongAndReportsEveryError() throws IOException {
        int t = NEXT.incrementAndGet();
        String cell = cellCode();
        String a = citizenId(t, 1);
        String csv = HEADER
                + row("Trần Thị Nhập", a, cell, "Kỹ sư")
                + row("Lê Văn Sai", "12345", cell, "Kỹ sư")
                + "Phạm Thị Ngày;Nữ;31/02/1990;Mường;" + citizenId(t, 3) + ";KHONG.CO;0912;;\n"
                + row("Trần Thị Trùng", a, cell, "Kỹ sư");

        JsonNode job = upload(loggedIn("bantochuc"), csv, "ALL_OR_NOTHING");

        assertThat(job.path("state").asString()).isEqualTo("REJECTED");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(4);
        assertThat(job.path("rowsWritten").asLong()).isZero();
        assertThat(members(a.substring(0, 5))).isZero();
        JsonNode errors = job.path("errors");
        assertThat(errors.findValuesAsString("code"))
                .contains(
                        "member.citizenId.pattern",
                        "member-import.date.format",
                        "member-import.cell.unknown",
                        "member.phone.pattern",
                        "member-import.citizen-id.duplicate");
        JsonNode duplicate = errors.findParents("code").stream()
                .filter(e -> e.path("code").asString().equals("member-import.citizen-id.duplicate"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.path("row").asInt()).isEqualTo(5);
        assertThat(duplicate.path("column").asString()).isEqualTo("Số định danh cá nhân (CCCD)");
        assertThat(duplicate.path("message").asString()).isEqualTo("Số CCCD này đã có ở dòng 2 của tệp.");

        ApiClient.Download report = loggedIn("bantochuc")
                .download("/api/v1/member-imports/" + job.path("id").asString() + "/report.xlsx");
        assertThat(report.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report.bytes()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Dòng");
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Lỗi");
            assertThat(rows).hasSize(1 + errors.size());
            assertThat(rows.stream().map(r -> r.getCellText(3)))
                    .contains("Số CCCD (số định danh cá nhân) gồm đúng 12 chữ số.");
        }
        assertThat(audited("member-import.start")).isPositive();
        assertThat(audited("member-import.finish")).isPositive();
    }

    @Test
    void aLargeFileIsAccepted() {
        // 500,000 rows make a CSV of about 70 MB; blank rows (skipped by the reader) make this one 3 MB, three times
        // the servlet container's default upload limit
        int t = NEXT.incrementAndGet();
        String csv = HEADER + row("Đinh Thị Tệp Lớn", citizenId(t, 1), cellCode(), "Kỹ sư") + ";;;\r\n".repeat(600_000);

        JsonNode job = upload(loggedIn("bantochuc"), csv, "ALL_OR_NOTHING");

        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void validRowsOnlyWritesTheValidRowsAndAReimportChangesNothing() {
        int t = NEXT.incrementAndGet();
        String cell = cellCode();
        String csv = HEADER
                + row("Trần Thị Hợp Lệ", citizenId(t, 1), cell, "Kỹ sư")
                + row("Lê Văn Hợp Lệ", citizenId(t, 2), cell, "Giáo viên")
                + row("Ngô Thị Thiếu Ngày", citizenId(t, 3), cell, "Kỹ sư").replace("05/09/1985", "");
        ApiClient staff = loggedIn("bantochuc");

        JsonNode first = upload(staff, csv, "VALID_ROWS_ONLY");

        assertThat(first.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.path("inserted").asLong()).isEqualTo(2);
        assertThat(first.path("errorCount").asLong()).isEqualTo(1);
        assertThat(first.path("errors").get(0).path("code").asString()).isEqualTo("member.birthDate.required");
        assertThat(members(citizenId(t, 1).substring(0, 5))).isEqualTo(2);
        Map<String, Object> stored =
                jdbc.sql("""
                        SELECT full_name, search_name, sort_key, status, version, occupation FROM member
                         WHERE citizen_id = :c""").param("c", citizenId(t, 1)).query().singleRow();
        assertThat(stored.get("search_name"))
                .isEqualTo(vn.dangvu.shared.text.VietnameseText.searchKey("Trần Thị Hợp Lệ"));
        assertThat(stored.get("sort_key"))
                .isEqualTo(vn.dangvu.shared.text.VietnameseText.nameSortKey("Trần Thị Hợp Lệ"));
        assertThat(stored.get("status")).isEqualTo("PROBATIONARY");
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM member_event e JOIN member m ON m.id = e.member_id
                                 WHERE m.citizen_id = :c""").param("c", citizenId(t, 1)).query(Long.class).single())
                .as("an imported member gets the lifecycle history of their dates")
                .isPositive();

        JsonNode second = upload(staff, csv, "VALID_ROWS_ONLY");

        assertThat(second.path("inserted").asLong()).isZero();
        assertThat(second.path("updated").asLong()).isZero();
        assertThat(second.path("unchanged").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT version FROM member WHERE citizen_id = :c")
                        .param("c", citizenId(t, 1))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNewMemberGetsTheHistoryAndCountedPeriodsItsDatesTell() {
        int t = NEXT.incrementAndGet();
        String cell = cellCode();
        String header = "Họ và tên;Giới tính;Ngày sinh;Dân tộc;Số định danh cá nhân (CCCD);Mã chi bộ;"
                + "Ngày quyết định kết nạp;Ngày lễ kết nạp;Nơi kết nạp;Ngày công nhận chính thức\n";
        String csv = header
                + "Phan Văn Đủ Ngày;Nam;05/09/1985;Kinh;" + citizenId(t, 1) + ";" + cell
                + ";12/10/2010;20/10/2010;Hội trường xã;20/10/2011\n"
                + "Phan Thị Chưa Lễ;Nữ;05/09/1990;Kinh;" + citizenId(t, 2) + ";" + cell + ";12/10/2024;;;\n";

        JsonNode done = upload(loggedIn("bantochuc"), csv, "ALL_OR_NOTHING");

        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        long cellId = jdbc.sql("SELECT id FROM org_unit WHERE code = :c")
                .param("c", cell)
                .query(Long.class)
                .single();
        assertThat(steps(citizenId(t, 1)))
                .as("admission, ceremony (with its place) and recognition, each in the member's cell")
                .containsExactly(
                        "ADMISSION_DECIDED 2010-10-12 ->ADMITTED " + cellId + " null",
                        "CEREMONY_HELD 2010-10-20 ADMITTED->PROBATIONARY " + cellId + " Hội trường xã",
                        "OFFICIAL_RECOGNISED 2011-10-20 PROBATIONARY->OFFICIAL " + cellId + " null");
        assertThat(periods(citizenId(t, 1)))
                .containsExactly(
                        "PROBATIONARY 2010-10-20..2011-10-20 CEREMONY_HELD",
                        "OFFICIAL 2011-10-20..null OFFICIAL_RECOGNISED");
        assertThat(steps(citizenId(t, 2)))
                .as("a probationer without a ceremony date counts from the admission (a RECORDED state)")
                .containsExactly(
                        "ADMISSION_DECIDED 2024-10-12 ->ADMITTED " + cellId + " null",
                        "RECORDED 2024-10-12 ->PROBATIONARY " + cellId + " null");
        assertThat(periods(citizenId(t, 2))).containsExactly("PROBATIONARY 2024-10-12..null RECORDED");
    }

    private List<String> steps(String citizenId) {
        return jdbc.sql("""
                        SELECT e.kind, e.effective_date, e.status_before, e.status_after, e.org_unit_id, e.place
                          FROM member_event e JOIN member m ON m.id = e.member_id
                         WHERE m.citizen_id = :c ORDER BY e.effective_date, e.id""")
                .param("c", citizenId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, java.time.LocalDate.class) + " "
                        + (rs.getString(3) == null ? "" : rs.getString(3)) + "->" + rs.getString(4) + " "
                        + rs.getLong(5) + " " + rs.getString(6))
                .list();
    }

    private List<String> periods(String citizenId) {
        return jdbc.sql("""
                        SELECT p.status, p.valid_from, p.valid_to, p.start_kind
                          FROM stat_period p JOIN member m ON m.id = p.member_id
                         WHERE m.citizen_id = :c ORDER BY p.valid_from""")
                .param("c", citizenId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, java.time.LocalDate.class) + ".."
                        + rs.getObject(3, java.time.LocalDate.class) + " " + rs.getString(4))
                .list();
    }

    @Test
    void aReimportWithChangesUpdatesTheRecordWithHistoryAndVersion() {
        int t = NEXT.incrementAndGet();
        String cell = cellCode();
        ApiClient staff = loggedIn("tochuc");
        upload(staff, HEADER + row("Đỗ Thị Cập Nhật", citizenId(t, 1), cell, "Kỹ sư"), "ALL_OR_NOTHING");

        JsonNode again =
                upload(staff, HEADER + row("Đỗ Thị Cập Nhật", citizenId(t, 1), cell, "Bác sĩ"), "ALL_OR_NOTHING");

        assertThat(again.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(again.path("updated").asLong()).isEqualTo(1);
        Map<String, Object> member = jdbc.sql("SELECT id, version, occupation FROM member WHERE citizen_id = :c")
                .param("c", citizenId(t, 1))
                .query()
                .singleRow();
        assertThat(member.get("occupation")).isEqualTo("Bác sĩ");
        assertThat(((Number) member.get("version")).longValue()).isEqualTo(1);
        List<Map<String, Object>> changes = jdbc.sql(
                        "SELECT field, old_value, new_value, changed_by, version FROM member_change WHERE member_id = :id")
                .param("id", member.get("id"))
                .query()
                .listOfRows();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("field")).isEqualTo("occupation");
        assertThat(changes.get(0).get("old_value")).isEqualTo("Kỹ sư");
        assertThat(changes.get(0).get("new_value")).isEqualTo("Bác sĩ");
        assertThat(changes.get(0).get("changed_by")).isEqualTo("tochuc");
    }

    @Test
    void aFailureDuringTheWriteRollsBackEveryRow() {
        int t = NEXT.incrementAndGet();
        String cell = cellCode();
        ApiClient staff = loggedIn("bantochuc");
        upload(staff, HEADER + row("Vũ Thị Có Sẵn", citizenId(t, 1), cell, "Kỹ sư"), "ALL_OR_NOTHING");
        jdbc.sql("ALTER TABLE member ADD CONSTRAINT member_test_refuse CHECK (full_name <> 'Hỏng Giữa Chừng')")
                .update();
        try {
            JsonNode job = upload(
                    staff,
                    HEADER
                            + row("Vũ Thị Có Sẵn", citizenId(t, 1), cell, "Bác sĩ")
                            + row("Lý Văn Mới", citizenId(t, 2), cell, "Kỹ sư")
                            + row("Hỏng Giữa Chừng", citizenId(t, 3), cell, "Kỹ sư"),
                    "VALID_ROWS_ONLY");

            assertThat(job.path("state").asString()).isEqualTo("FAILED");
            assertThat(job.path("failureCode").asString()).isEqualTo("member-import.failed");
            assertThat(job.path("failureMessage").asString()).contains("không có dữ liệu nào bị thay đổi");
        } finally {
            jdbc.sql("ALTER TABLE member DROP CONSTRAINT member_test_refuse").update();
        }
        assertThat(members(citizenId(t, 1).substring(0, 5))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT occupation FROM member WHERE citizen_id = :c")
                        .param("c", citizenId(t, 1))
                        .query(String.class)
                        .single())
                .isEqualTo("Kỹ sư");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_import_row")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void cellsAndMembersOutsideTheScopeAreRefused() {
        int t = NEXT.incrementAndGet();
        String scope = pathOf(staffScopeRoot());
        String foreignCell = jdbc.sql(
                        "SELECT code FROM org_unit WHERE kind = 'CELL' AND path NOT LIKE :p ORDER BY id LIMIT 1")
                .param("p", scope + "%")
                .query(String.class)
                .single();
        String foreignMember =
                jdbc.sql("""
                        SELECT m.citizen_id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path NOT LIKE :p AND m.citizen_id IS NOT NULL ORDER BY m.id LIMIT 1""").param("p", scope + "%").query(String.class).single();
        String csv = HEADER
                + row("Cao Thị Ngoài", citizenId(t, 1), foreignCell, "Kỹ sư")
                + row("Cao Văn Ngoài", foreignMember, cellCode(), "Kỹ sư");

        JsonNode job = upload(loggedIn("tochuc"), csv, "VALID_ROWS_ONLY");

        assertThat(job.path("inserted").asLong() + job.path("updated").asLong()).isZero();
        assertThat(job.path("errors").findValuesAsString("code"))
                .containsExactly("member-import.cell.outside", "member-import.citizen-id.outside-scope");
        ApiClient.Response foreignUnit = loggedIn("tochuc")
                .multipart(
                        "POST",
                        "/api/v1/member-imports?orgUnitId=" + unitOutside(scope, "CELL"),
                        "file",
                        "a.csv",
                        csv.getBytes(StandardCharsets.UTF_8));
        assertThat(foreignUnit.status()).isEqualTo(404);
    }

    /**
     * The rows are written a chunk at a time while the next are read (the tests' chunks hold two rows): a refusal in the
     * first chunk and one in the last are both reported, "all or nothing" then rolls back the chunks already written,
     * and "valid rows only" writes the valid rows of every chunk.
     */
    @Test
    void refusalsInSeveralChunksAreAllReportedAndEveryChunkIsWrittenOrNone() {
        int t = NEXT.incrementAndGet();
        String scope = pathOf(staffScopeRoot());
        List<String> foreign =
                jdbc.sql("""
                        SELECT m.citizen_id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path NOT LIKE :p AND m.citizen_id IS NOT NULL ORDER BY m.id LIMIT 2""").param("p", scope + "%").query(String.class).list();
        String cell = cellCode();
        String csv = HEADER
                + row("Cao Văn Ngoài", foreign.get(0), cell, "Kỹ sư")
                + row("Đỗ Thị Một", citizenId(t, 1), cell, "Kỹ sư")
                + row("Đỗ Thị Hai", citizenId(t, 2), cell, "Kỹ sư")
                + row("Đỗ Thị Ba", citizenId(t, 3), cell, "Kỹ sư")
                + row("Cao Thị Ngoài", foreign.get(1), cell, "Kỹ sư");
        ApiClient staff = loggedIn("tochuc");

        JsonNode none = upload(staff, csv, "ALL_OR_NOTHING");

        assertThat(none.path("state").asString()).isEqualTo("REJECTED");
        assertThat(none.path("errors").findValues("row").stream().map(JsonNode::asInt))
                .containsExactly(2, 6);
        assertThat(members(citizenId(t, 1).substring(0, 5))).isZero();

        JsonNode valid = upload(staff, csv, "VALID_ROWS_ONLY");

        assertThat(valid.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(valid.path("inserted").asLong()).isEqualTo(3);
        assertThat(valid.path("errors").findValuesAsString("code"))
                .containsExactly("member-import.citizen-id.outside-scope", "member-import.citizen-id.outside-scope");
        assertThat(members(citizenId(t, 1).substring(0, 5))).isEqualTo(3);
    }

    @Test
    void aWorkbookThatUnpacksFarBeyondItsSizeIsRefusedBeforeItIsRead() throws IOException {
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst><si><t>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bomb.size()).as("64 MB packed into a few kilobytes").isLessThan(1 << 20);
        long jobs =
                jdbc.sql("SELECT COUNT(*) FROM member_import").query(Long.class).single();

        ApiClient staff = loggedIn("bantochuc");
        ApiClient.Response refused = staff.multipart(
                "POST", "/api/v1/member-imports?mode=ALL_OR_NOTHING", "file", "bom.xlsx", bomb.toByteArray());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("member-import.file.unsafe");
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("file");
        ApiClient.Response notAWorkbook = staff.multipart(
                "POST",
                "/api/v1/member-imports?mode=ALL_OR_NOTHING",
                "file",
                "not.xlsx",
                "Họ và tên;Giới tính".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.code()).isEqualTo("member-import.file.unreadable");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_import")
                        .query(Long.class)
                        .single())
                .as("no job for a refused file")
                .isEqualTo(jobs);
    }

    @Test
    void theTemplateHasTheHeadersTheImportReads() throws IOException {
        ApiClient.Download xlsx = loggedIn("tochuc").download("/api/v1/member-imports/template.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        Path file = Files.createTempFile("template", ".xlsx");
        try {
            Files.write(file, xlsx.bytes());
            try (MemberImportFile template = MemberImportFile.open(file, MemberImportFile.Format.XLSX)) {
                assertThat(template.header()).hasSize(MemberImportColumn.values().length);
                assertThat(template.header().get(0)).isEqualTo("Họ và tên *");
            }
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                assertThat(workbook.getSheets().map(s -> s.getName())).containsExactly("Đảng viên", "Giá trị hợp lệ");
            }
        } finally {
            Files.deleteIfExists(file);
        }
        // the filled-in template imports: its sample row is valid apart from the citizen ID taken by nobody
        ApiClient.Download csv = loggedIn("tochuc").download("/api/v1/member-imports/template.csv");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFHọ và tên,");
        String mine = text.replace("001185012345", citizenId(NEXT.incrementAndGet(), 1));
        JsonNode job = upload(loggedIn("tochuc"), mine.substring(1), "ALL_OR_NOTHING");
        assertThat(job.path("errors")).as(job.toString()).isEmpty();
        assertThat(job.path("inserted").asLong()).isEqualTo(1);
    }

    long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }
}

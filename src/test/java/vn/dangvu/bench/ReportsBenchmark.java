package vn.dangvu.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangVuApplication;
import vn.dangvu.report.internal.ReportBench;
import vn.dangvu.support.ApiClient;

/**
 * The reports benchmark (issue 4, point 6): in one JVM started with {@code -Xmx256m}, the application on PostgreSQL
 * with 500,000 synthetic members filled set-based (once), then (1) the member list export of the whole city through
 * HTTP ({@code GET /api/v1/members/export.xlsx} as the city organisation department, streamed, the body counted and
 * dropped) beside a raw fastexcel write of the same rows from a plain JDBC cursor, and (2) report 2 of a committee with
 * enough cells for 50+ pages as a PDF beside a raw OpenPDF table of the same size (built-in font, no embedding). Prints
 * a Markdown table. Not a test: run by {@code bench/reports.sh}, never by the build.
 */
public final class ReportsBenchmark {

    private static final int MEMBERS = Integer.getInteger("bench.members", 500_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int CELLS = Integer.getInteger("bench.cells", 1_400);
    private static final String PASSWORD = "bench-admin-pass-1";

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dangvu_reports");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "postgres"),
                        "--server.port=0",
                        "--dangvu.demo.enabled=false",
                        "--dangvu.security.admin-password=" + PASSWORD,
                        "--logging.level.root=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            long root = fill(jdbc);
            List<String> lines = new ArrayList<>();
            System.out.printf(
                    "%nHeap limit %d MB (-Xmx), %,d members%n%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single());
            lines.add("| Operation | run times (s) | best (s) | output | JVM heap peak (MB) |");
            lines.add("|---|---|---:|---:|---:|");

            ApiClient bench = new ApiClient(port);
            ApiClient.Response login = bench.login("bench", PASSWORD);
            if (login.status() != 200) {
                throw new IllegalStateException("login failed: " + login.body());
            }
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest export = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/members/export.xlsx?orgUnitId=" + root))
                    .header("Cookie", "DANGVU_SESSION=" + bench.sessionCookie())
                    .build();
            lines.add(time("Member list export, " + MEMBERS + " rows, through HTTP (application)", () -> {
                HttpResponse<InputStream> response = http.send(export, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("export: " + response.statusCode());
                }
                try (InputStream in = response.body()) {
                    return in.transferTo(OutputStream.nullOutputStream());
                }
            }));
            DataSource dataSource = context.getBean(DataSource.class);
            lines.add(time(
                    "Baseline: raw fastexcel write of the same rows (JDBC cursor, inline strings)",
                    () -> rawExcel(dataSource)));
            lines.add(time("Report 2 (quality) PDF, " + CELLS + " cells (application)", () -> {
                byte[] pdf = ReportBench.qualityPdf(CELLS);
                return pdf.length;
            }));
            int pages;
            try (PdfReader reader = new PdfReader(ReportBench.qualityPdf(CELLS))) {
                pages = reader.getNumberOfPages();
            }
            lines.add(time(
                    "Baseline: raw OpenPDF table, same rows and columns, built-in font", () -> rawPdf(CELLS + 1, 35)));
            lines.forEach(System.out::println);
            System.out.printf("%nReport 2 PDF: %d pages%n", pages);
        }
    }

    /** 100 communes, 50 cells each, {@link #MEMBERS} members spread over the cells; a bench account over the root. */
    private static long fill(JdbcClient jdbc) {
        long root = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single();
        long members = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        if (members >= MEMBERS) {
            return root;
        }
        long started = System.nanoTime();
        String path = jdbc.sql("SELECT path FROM org_unit WHERE id = :id")
                .param("id", root)
                .query(String.class)
                .single();
        jdbc.sql("""
                INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at,
                                      updated_at)
                SELECT 1000 + c, :root, 'COMMUNE', 'BX' || c, 'Đảng bộ xã ' || c, 'dang bo xa ' || c,
                       :path || (1000 + c) || '/', 1, 0, now(), now()
                  FROM generate_series(1, 100) c""").param("root", root).param("path", path).update();
        jdbc.sql("""
                INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at,
                                      updated_at)
                SELECT 10000 + k, 1000 + 1 + (k - 1) / 50, 'CELL', 'BC' || k, 'Chi bộ thôn ' || k,
                       'chi bo thon ' || k, :path || (1001 + (k - 1) / 50) || '/' || (10000 + k) || '/', 2, 0, now(),
                       now()
                  FROM generate_series(1, 5000) k""").param("path", path).update();
        jdbc.sql("SELECT setval(pg_get_serial_sequence('org_unit', 'id'), 100000)")
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity,
                                    status, admitted_on, official_on, card_number, citizen_id, version, created_at,
                                    updated_at, theory_level)
                SELECT gen_random_uuid(), 10001 + i % 5000, f || ' ' || m || ' ' || g,
                       lower(f || ' ' || m || ' ' || g), lower(g || ' ' || f || ' ' || m),
                       CASE WHEN i % 100 < 38 THEN 'F' ELSE 'M' END, DATE '1950-01-01' + (i % 18000),
                       CASE WHEN i % 50 = 0 THEN 'TAY' ELSE 'KINH' END, 'OFFICIAL', DATE '1985-01-01' + (i % 12000),
                       DATE '1986-01-01' + (i % 12000), '2' || lpad(i::text, 9, '0'), lpad(i::text, 12, '0'), 0, now(),
                       now(), CASE WHEN i % 3 = 0 THEN 'INTERMEDIATE' ELSE 'ELEMENTARY' END
                  FROM generate_series(1, :n) i,
                       LATERAL (SELECT (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ'])[1 + i % 10] AS f,
                                       (ARRAY['Văn','Thị','Đức','Minh','Thu','Quang'])[1 + (i / 10) % 6] AS m,
                                       (ARRAY['An','Bình','Cường','Dũng','Giang','Hải','Hoa','Lan','Mai','Nam',
                                              'Phương','Quân','Sơn','Tuyến','Thảo','Trung','Uyên','Việt','Xuân',
                                              'Yến'])[1 + (i / 60) % 20] AS g) n""").param("n", MEMBERS).update();
        jdbc.sql("""
                INSERT INTO account (id, username, display_name, password_hash, enabled, failed_attempts, totp_enabled,
                                     password_changed_at, version, created_at, updated_at)
                SELECT gen_random_uuid(), 'bench', 'Benchmark', password_hash, TRUE, 0, FALSE, now(), 0, now(), now()
                  FROM account WHERE username = 'admin'""").update();
        jdbc.sql("""
                INSERT INTO account_role (id, account_id, role, org_unit_id)
                SELECT gen_random_uuid(), id, 'CITY_ORGANISATION', :root FROM account WHERE username = 'bench'""").param("root", root).update();
        jdbc.sql("ANALYZE member").update();
        jdbc.sql("ANALYZE org_unit").update();
        System.out.printf("Filled %,d members in %.1f s%n", MEMBERS, (System.nanoTime() - started) / 1e9);
        return root;
    }

    private static long rawExcel(DataSource dataSource) throws Exception {
        CountingStream out = new CountingStream();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT m.full_name, m.sex, m.birth_date, m.ethnicity, m.theory_level, m.admitted_on,
                           m.official_on, m.status, m.card_number, u.name
                      FROM member m JOIN org_unit u ON u.id = m.org_unit_id ORDER BY m.sort_key, m.id""")) {
                statement.setFetchSize(1000);
                Workbook workbook = new Workbook(out, "bench", "1.0");
                Worksheet sheet = workbook.newWorksheet("Đảng viên");
                int r = 1;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sheet.value(r, 0, r);
                        sheet.inlineString(r, 1, rs.getString(1));
                        sheet.inlineString(r, 2, rs.getString(2));
                        sheet.value(r, 3, rs.getObject(3, java.time.LocalDate.class));
                        sheet.inlineString(r, 4, rs.getString(4));
                        String theory = rs.getString(5);
                        if (theory != null) {
                            sheet.inlineString(r, 5, theory);
                        }
                        sheet.value(r, 6, rs.getObject(6, java.time.LocalDate.class));
                        sheet.value(r, 7, rs.getObject(7, java.time.LocalDate.class));
                        sheet.inlineString(r, 8, rs.getString(8));
                        sheet.inlineString(r, 9, rs.getString(9));
                        sheet.inlineString(r, 10, rs.getString(10));
                        if (r++ % 1_000 == 0) {
                            sheet.flush();
                        }
                    }
                }
                workbook.finish();
            }
            connection.rollback();
        }
        return out.count;
    }

    private static long rawPdf(int rows, int columns) throws Exception {
        CountingStream out = new CountingStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font font = new Font(Font.HELVETICA, 7);
        for (int c = 0; c < columns; c++) {
            table.addCell(new Phrase("Col " + c, font));
        }
        for (int r = 0; r < rows; r++) {
            table.addCell(new Phrase(String.valueOf(r + 1), font));
            table.addCell(new Phrase("Chi bo Thon Dong Tam so " + r, font));
            for (int c = 2; c < columns; c++) {
                table.addCell(new Phrase(String.valueOf((r * 7 + c) % 40), font));
            }
        }
        document.add(table);
        document.close();
        return out.count;
    }

    interface Timed {
        long run() throws Exception;
    }

    private static String time(String label, Timed work) throws Exception {
        List<String> times = new ArrayList<>();
        double best = Double.MAX_VALUE;
        long output = 0;
        long peak = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            output = work.run();
            double seconds = (System.nanoTime() - started) / 1e9;
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getPeakUsage().getUsed();
                }
            }
            peak = Math.max(peak, used);
            times.add(String.format("%.2f", seconds));
            best = Math.min(best, seconds);
        }
        return String.format(
                "| %s | %s | %.2f | %.1f MB | %d |", label, String.join(", ", times), best, output / 1e6, peak >> 20);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

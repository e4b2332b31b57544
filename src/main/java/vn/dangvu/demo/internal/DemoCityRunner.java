package vn.dangvu.demo.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.demo.DemoLogin;
import vn.dangvu.demo.DemoLogins;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Role;

/**
 * Seeds the demo city at start-up when {@code dangvu.demo.enabled} is on, after the security bootstrap (order 0) has
 * created the root unit and the administrator; a city generated before is reused. Then prints the URL and the demo's
 * log-ins to standard output.
 */
@Component
@Order(10)
class DemoCityRunner implements ApplicationRunner {

    private final DemoProperties properties;
    private final DemoCity city;
    private final DemoLogins logins;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Environment environment;
    private final PrintStream out = System.out;
    private final AuditTrail audit;

    DemoCityRunner(
            DemoProperties properties,
            DemoCity city,
            DemoLogins logins,
            JdbcClient jdbc,
            Clock clock,
            Environment environment,
            AuditTrail audit) {
        this.properties = properties;
        this.city = city;
        this.logins = logins;
        this.jdbc = jdbc;
        this.clock = clock;
        this.environment = environment;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (properties.size().benchmarkOnly()) {
            throw new IllegalStateException("dangvu.demo.size=" + properties.size()
                    + " chỉ dùng cho đo hiệu năng (bench/search.sh), không tạo khi khởi động");
        }
        Optional<String> existing = jdbc.sql("SELECT setting_value FROM app_setting WHERE name = :name")
                .param("name", DemoCity.SIZE_SETTING)
                .query(String.class)
                .optional();
        boolean interrupted = existing.isEmpty()
                && jdbc.sql("SELECT COUNT(*) FROM app_setting WHERE name = :name")
                                .param("name", DemoCity.STARTED_SETTING)
                                .query(Long.class)
                                .single()
                        > 0;
        if (interrupted) {
            throw new IllegalStateException(
                    "Lần tạo dữ liệu mẫu trước đã bị gián đoạn nên cơ sở dữ liệu chỉ có một phần"
                            + " thành phố mẫu. Hãy tạo lại cơ sở dữ liệu (với H2: xoá thư mục ./data) rồi khởi động lại.");
        }
        if (existing.isPresent()) {
            out.println("Dữ liệu mẫu đã có (size " + existing.get() + ")"
                    + (existing.get().equals(properties.size().name())
                            ? ""
                            : "; dangvu.demo.size=" + properties.size() + " không áp dụng cho cơ sở dữ liệu đã có"));
        } else {
            LocalDate referenceDate =
                    properties.referenceDate() != null ? properties.referenceDate() : LocalDate.now(clock);
            out.println("Đang tạo dữ liệu mẫu (size " + properties.size() + ", seed " + properties.seed() + ") …");
            DemoCity.Result result =
                    city.generate(properties.size(), properties.seed(), referenceDate, properties.password());
            audit.record(
                    "demo.generate",
                    "demo",
                    properties.size().name(),
                    Map.of("seed", properties.seed(), "referenceDate", referenceDate.toString()));
            out.printf(
                    "Đã tạo dữ liệu mẫu trong %.1f s: %,d tổ chức đảng %s, %,d đảng viên, %,d tài khoản đảng viên%n",
                    result.elapsed().toMillis() / 1000.0,
                    result.unitsByKind().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    result.unitsByKind(),
                    result.members(),
                    result.accounts());
        }
        int port = environment.getProperty("local.server.port", Integer.class, 8080);
        out.print(banner(port, logins.logins()));
    }

    /** The banner: where to open the application and who to log in as. */
    static String banner(int port, List<DemoLogin> logins) {
        String rule = "=".repeat(78);
        StringBuilder text = new StringBuilder()
                .append(rule)
                .append("\n Đảng Vụ — dữ liệu mẫu. Mở http://localhost:")
                .append(port)
                .append("/ — Sổ tay đảng viên (điện thoại): http://localhost:")
                .append(port)
                .append("/handbook\n\n");
        text.append(" %-46s %-14s %s%n".formatted("Vai trò", "Tên đăng nhập", "Mật khẩu"));
        for (DemoLogin login : logins) {
            String role = label(login.role()) + " (" + login.role() + ")";
            text.append(" %-46s %-14s %s%n".formatted(role, login.username(), login.password()));
        }
        return text.append("\n ")
                .append(label(Role.ADMIN))
                .append(" (ADMIN): admin — mật khẩu đã được in ra khi tài khoản được tạo")
                .append("\n   (hoặc lấy từ biến môi trường DANGVU_ADMIN_PASSWORD)\n")
                .append(rule)
                .append('\n')
                .toString();
    }

    static String label(Role role) {
        return switch (role) {
            case MEMBER -> "Đảng viên";
            case CELL_SECRETARY -> "Bí thư chi bộ";
            case ORG_STAFF -> "Cán bộ tổ chức";
            case CITY_ORGANISATION -> "Ban Tổ chức Thành ủy";
            case CITY_OFFICE -> "Văn phòng Thành ủy";
            case INSPECTION -> "Cán bộ kiểm tra";
            case LEADERSHIP -> "Thường trực Thành ủy";
            case PETITION_STAFF -> "Tiếp công dân";
            case ADMIN -> "Quản trị hệ thống";
        };
    }
}

package vn.dangvu.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dangvu.demo.internal.DemoCity;
import vn.dangvu.demo.internal.DemoProperties;
import vn.dangvu.demo.internal.DemoStaff;
import vn.dangvu.shared.Role;

/**
 * Read API: the log-ins of the generated demo city, one per role, the member role's being a real member's card number
 * (browser tests and the start-up banner need it). Empty when no demo city has been generated.
 */
@Service
public class DemoLogins {

    private final JdbcClient jdbc;
    private final DemoProperties properties;

    DemoLogins(JdbcClient jdbc, DemoProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The member log-in first, then the staff log-ins in the order of {@link Role}. */
    public List<DemoLogin> logins() {
        Optional<String> member = jdbc.sql("SELECT setting_value FROM app_setting WHERE name = :name")
                .param("name", DemoCity.MEMBER_LOGIN_SETTING)
                .query(String.class)
                .optional();
        if (member.isEmpty()) {
            return List.of();
        }
        List<DemoLogin> logins = new ArrayList<>();
        logins.add(new DemoLogin(Role.MEMBER, member.get(), properties.password()));
        for (DemoStaff staff : DemoStaff.values()) {
            logins.add(new DemoLogin(staff.role(), staff.username(), properties.password()));
        }
        return List.copyOf(logins);
    }
}

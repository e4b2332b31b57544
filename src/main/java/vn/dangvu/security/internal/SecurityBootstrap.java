package vn.dangvu.security.internal;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitManagement;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.security.Accounts;
import vn.dangvu.shared.Role;

/**
 * First start of an installation: the root of the tree ({@code dangvu.org.root-*}) and the first administrator,
 * {@code admin}, whose password comes from {@code DANGVU_ADMIN_PASSWORD} or is generated and printed once.
 */
@Component
@Order(0)
class SecurityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecurityBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final OrgUnitManagement orgUnits;
    private final Accounts accounts;
    private final SecurityProperties properties;
    private final RootProperties root;

    SecurityBootstrap(
            OrgUnitManagement orgUnits, Accounts accounts, SecurityProperties properties, RootProperties root) {
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.properties = properties;
        this.root = root;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        OrgUnitRef rootUnit = orgUnits.ensureRoot(OrgUnitKind.valueOf(root.kind()), root.code(), root.name());
        if (accounts.findId("admin").isPresent()) {
            return;
        }
        boolean generated = properties.adminPassword().isBlank();
        String password = generated ? generate() : properties.adminPassword();
        accounts.open(
                "admin",
                null,
                "Quản trị hệ thống",
                accounts.hashPassword(password),
                List.of(new Accounts.Grant(Role.ADMIN, rootUnit.id())));
        if (generated) {
            String banner = "\n==========================================================\n"
                    + " Tài khoản quản trị đầu tiên / first administrator:\n"
                    + "   tên đăng nhập: admin\n"
                    + "   mật khẩu:      " + password + "\n"
                    + " (chỉ in một lần — hãy đổi mật khẩu sau khi đăng nhập)\n"
                    + "==========================================================";
            System.out.println(banner);
        } else {
            log.info("Administrator 'admin' created with the password from DANGVU_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package vn.dangvu.security.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/**
 * The member's account and its roles, for the member's copy of their data; the password hash, the second-factor
 * secret and the recovery codes are credentials, not data about the person, and stay out.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private static final PersonalDataQuery ACCOUNT = new PersonalDataQuery(
            "security.account",
            "Tài khoản",
            PersonalDataQuery.fields(
                    "username", "Tên đăng nhập",
                    "display_name", "Tên hiển thị",
                    "created_at", "Ngày tạo",
                    "password_changed_at", "Đổi mật khẩu lần cuối",
                    "second_factor", "Xác thực hai lớp"),
            """
            SELECT a.member_id, a.username, a.display_name, a.created_at, a.password_changed_at,
                   CASE WHEN a.totp_enabled THEN 'Bật' ELSE 'Tắt' END AS second_factor
              FROM account a WHERE a.member_id IN (:memberIds)""");

    private static final PersonalDataQuery ROLES = new PersonalDataQuery(
            "security.roles",
            "Vai trò được giao",
            PersonalDataQuery.fields("role:account.role.", "Vai trò", "unit", "Phạm vi"),
            """
            SELECT a.member_id, r.role, d.name AS unit
              FROM account a JOIN account_role r ON r.account_id = a.id
                   JOIN org_unit_directory d ON d.id = r.org_unit_id
             WHERE a.member_id IN (:memberIds) ORDER BY r.role, d.name""");

    @Override
    public List<PersonalDataQuery> queries() {
        return List.of(ACCOUNT, ROLES);
    }
}

package vn.dangvu.shared;

/**
 * The roles of PRODUCT.md. Every grant of a role carries an organisation scope (a subtree root); the member role's
 * scope is the member's own record.
 */
public enum Role {
    /** Đảng viên: their own record, the handbook. */
    MEMBER,
    /** Bí thư / cấp ủy chi bộ: their cell. */
    CELL_SECRETARY,
    /** Cán bộ tổ chức of a grassroots organisation or a committee under the city: their subtree. */
    ORG_STAFF,
    /** Ban Tổ chức Thành ủy: the whole city. */
    CITY_ORGANISATION,
    /** Văn phòng Thành ủy: the whole city; conferences, programmes, documents. */
    CITY_OFFICE,
    /** Ủy ban Kiểm tra: their subtree and their own confidential cases. */
    INSPECTION,
    /** Thường trực, Ban Thường vụ, Thành ủy viên: dashboards, grassroots visits. */
    LEADERSHIP,
    /** Tiếp công dân: petitions at their level. */
    PETITION_STAFF,
    /** Quản trị hệ thống: accounts, roles, imports, backups, audit; no member records. */
    ADMIN;

    /** Staff roles need a second factor when {@code dangvu.security.totp-required} is on. */
    public boolean isStaff() {
        return this != MEMBER;
    }

    /** The Spring Security authority name of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}

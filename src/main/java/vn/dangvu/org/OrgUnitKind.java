package vn.dangvu.org;

/**
 * Kinds of party organisation after the 2025 reorganisation (REGULATIONS §1.1). Which kind may sit under which is
 * decided by the nesting policy of this module.
 */
public enum OrgUnitKind {
    /** Đảng Cộng sản Việt Nam — the root at national scale. */
    NATIONAL,
    /** Đảng bộ tỉnh / thành phố trực thuộc Trung ương (e.g. Đảng bộ Thành phố Hà Nội). */
    PROVINCIAL,
    /** Đảng bộ xã, phường, đặc khu directly under the provincial committee. */
    COMMUNE,
    /** Sectoral đảng bộ directly under the provincial committee (agencies, enterprises, armed forces). */
    SECTORAL,
    /** Đảng bộ cơ sở: a grassroots organisation with 30 or more members and cells under its đảng ủy. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở: a grassroots organisation with fewer than 30 members. */
    GRASSROOTS_CELL,
    /** Đảng bộ bộ phận inside a large đảng bộ cơ sở. */
    PARTIAL_COMMITTEE,
    /** Chi bộ trực thuộc: a cell under a đảng ủy cơ sở or a đảng ủy bộ phận. */
    CELL,
    /** Tổ đảng inside a cell. */
    PARTY_GROUP;

    /** Members are registered in cells: chi bộ trực thuộc and chi bộ cơ sở. */
    public boolean holdsMembers() {
        return this == CELL || this == GRASSROOTS_CELL;
    }
}

package vn.dangvu.org;

/** Whether a unit is part of the live tree. Ended units stay for history with the date they ended. */
public enum OrgUnitState {
    /** In the live tree. */
    ACTIVE,
    /** Sáp nhập: absorbed into another unit, which received its members and child units. */
    MERGED,
    /** Giải thể: dissolved by the direct superior committee (Điều lệ Đảng Art 10(3)). */
    DISSOLVED
}

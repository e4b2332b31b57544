package vn.dangvu.congress;

/** Who attends a congress (Điều lệ Đảng Art 9, 24). */
public enum CongressKind {
    /** Đại hội đảng viên: every member of the organisation. */
    MEMBERS,
    /** Đại hội đại biểu: delegates elected by the lower congresses, with the convening committee's members. */
    DELEGATES
}

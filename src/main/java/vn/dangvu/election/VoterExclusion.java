package vn.dangvu.election;

/** Why a summoned person is taken out of the electorate base (QĐ 190-QĐ/TW, Art. 30; REGULATIONS §7.1, §8.6). */
public enum VoterExclusion {
    /** Counted. */
    NONE,
    /** Đang sinh hoạt đảng tạm thời ở nơi khác. */
    TEMPORARY_ACTIVITY_ELSEWHERE,
    /** Đình chỉ sinh hoạt đảng. */
    SUSPENDED,
    /** Bị khởi tố, truy tố, tạm giam. */
    PROSECUTED_OR_DETAINED,
    /** Vắng mặt suốt thời gian đại hội có lý do được cấp ủy đồng ý (members' congress). */
    ABSENT_WITH_APPROVED_REASON,
    /** Đại biểu chính thức vắng mặt suốt thời gian đại hội không có người thay thế (delegates' congress). */
    ABSENT_WITHOUT_SUBSTITUTE
}

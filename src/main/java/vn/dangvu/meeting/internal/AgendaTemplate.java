package vn.dangvu.meeting.internal;

import java.util.List;

/**
 * The agenda of a regular cell meeting — HD 09-HD/BTCTW (REGULATIONS §7.2, an older text whose outline later guidance
 * keeps): the opening items, then the content. Stored with each meeting, so the secretary edits a copy.
 */
public final class AgendaTemplate {

    public static final String RULE = "HD 09-HD/BTCTW";

    /** The template's items, in Vietnamese as they appear on the minutes. */
    public static final List<String> ITEMS = List.of(
            "Thu đảng phí; báo cáo số đảng viên (tổng số, miễn sinh hoạt, có mặt, vắng mặt và lý do)",
            "Thông qua chương trình; cử thư ký ghi biên bản",
            "Thông tin thời sự; phổ biến chủ trương, chỉ thị mới của cấp trên",
            "Tình hình tư tưởng của đảng viên và quần chúng",
            "Kiểm điểm nhiệm vụ tháng trước và việc thực hiện nhiệm vụ của đảng viên",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Góp ý đối với sự lãnh đạo của chi bộ",
            "Nhiệm vụ tháng tới và phân công đảng viên",
            "Thảo luận và biểu quyết nghị quyết");

    private AgendaTemplate() {}
}

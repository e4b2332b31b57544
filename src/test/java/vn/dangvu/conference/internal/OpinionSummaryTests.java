package vn.dangvu.conference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.conference.internal.OpinionSummary.DraftCount;
import vn.dangvu.conference.internal.OpinionSummary.Figures;

/** The summary in the wording of the city committee's eleventh conference report (REGULATIONS §9). */
class OpinionSummaryTests {

    static final String REPORT = "Báo cáo kết quả thực hiện công tác xây dựng Đảng, xây dựng hệ thống chính trị năm"
            + " 2022, nhiệm vụ trọng tâm năm 2023";
    static final String REVIEW = "Báo cáo kiểm điểm công tác lãnh đạo, chỉ đạo năm 2022 của Ban Thường vụ Thành ủy";

    @Test
    void theArticlesFiguresReadAsInTheArticle() {
        String text = OpinionSummary.text(new Figures(
                59, 4, 130, List.of(new DraftCount(REPORT, 34), new DraftCount(REVIEW, 30)), 100, 25, 5, false));
        assertThat(text)
                .startsWith("59 đại biểu phát biểu tại 4 tổ, nêu 130 ý kiến; trong đó có 34 ý kiến về " + REPORT
                        + "; 30 ý kiến về " + REVIEW + ".")
                .endsWith(" Đã tiếp thu 100 ý kiến, giải trình 25 ý kiến, bảo lưu 5 ý kiến.");
    }

    @Test
    void pendingOpinionsAndOrganisationsAreSaid() {
        String text = OpinionSummary.text(new Figures(2309, 0, 4120, List.of(), 10, 2, 0, true));
        assertThat(text)
                .isEqualTo("2.309 tổ chức đảng góp ý, nêu 4.120 ý kiến. Đã tiếp thu 10 ý kiến, giải trình 2 ý kiến,"
                        + " bảo lưu 0 ý kiến; còn 4.108 ý kiến chưa trả lời.");
        assertThat(OpinionSummary.text(new Figures(1, 1, 1, List.of(new DraftCount("Dự thảo", 1)), 0, 0, 0, false)))
                .isEqualTo("1 đại biểu phát biểu tại 1 tổ, nêu 1 ý kiến; trong đó có 1 ý kiến về Dự thảo. Chưa ý kiến"
                        + " nào được trả lời.");
        assertThat(OpinionSummary.text(new Figures(0, 0, 0, List.of(), 0, 0, 0, false)))
                .isEqualTo("Chưa có ý kiến.");
    }
}

package vn.dangvu.programme.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import vn.dangvu.programme.CascadeRow;
import vn.dangvu.programme.Contribution;
import vn.dangvu.programme.IndicatorView;
import vn.dangvu.programme.ProgrammeReview;
import vn.dangvu.programme.TaskView;

/**
 * A programme review as an Excel workbook: the review's sentences, then one sheet per table behind its numbers
 * (indicators, tasks, contributions of the adopting organisations). Vietnamese, like the review itself.
 */
final class ProgrammeReviewWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProgrammeReviewWorkbook() {}

    static void write(ProgrammeReview review, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
        Worksheet summary = workbook.newWorksheet("Tổng hợp");
        summary.inlineString(0, 0, "Chương trình " + review.code() + " — " + review.title());
        summary.style(0, 0).bold().fontSize(14).set();
        int row = 2;
        for (String sentence : review.summary()) {
            summary.inlineString(row++, 0, sentence);
        }
        summary.width(0, 120);

        Worksheet indicators = workbook.newWorksheet("Chỉ tiêu");
        header(
                indicators,
                "STT",
                "Chỉ tiêu",
                "Đơn vị tính",
                "Cơ sở",
                "Mục tiêu",
                "Kỳ báo cáo",
                "Giá trị",
                "Tiến độ (%)",
                "Trạng thái",
                "Đơn vị chịu trách nhiệm",
                "Căn cứ đánh giá");
        row = 1;
        for (IndicatorView i : review.indicators()) {
            indicators.value(row, 0, i.seq());
            indicators.inlineString(row, 1, i.name());
            indicators.inlineString(row, 2, i.unit());
            number(indicators, row, 3, i.baseline());
            if (i.target() != null) {
                number(indicators, row, 4, i.target());
            } else if (i.targetDate() != null) {
                indicators.inlineString(row, 4, "trước " + i.targetDate().format(DAY));
            }
            text(indicators, row, 5, i.period());
            number(indicators, row, 6, i.value());
            if (i.progress() != null) {
                indicators.value(row, 7, i.progress());
            }
            indicators.inlineString(row, 8, indicatorStatus(i.status().name()));
            indicators.inlineString(row, 9, i.responsibleUnitName());
            indicators.inlineString(row, 10, i.rule());
            row++;
        }

        Worksheet tasks = workbook.newWorksheet("Nhiệm vụ");
        header(
                tasks,
                "STT",
                "Nhiệm vụ",
                "Đơn vị chủ trì",
                "Người phụ trách",
                "Thời hạn",
                "Tiến độ (%)",
                "Trạng thái",
                "Quá hạn");
        row = 1;
        for (TaskView t : review.tasks()) {
            tasks.value(row, 0, t.seq());
            tasks.inlineString(row, 1, t.title());
            tasks.inlineString(row, 2, t.ownerUnitName());
            text(tasks, row, 3, t.ownerPerson());
            date(tasks, row, 4, t.deadline());
            tasks.value(row, 5, t.progress());
            tasks.inlineString(row, 6, taskStatus(t.status().name()));
            tasks.inlineString(row, 7, t.overdue() ? "Có" : "");
            row++;
        }

        Worksheet cascade = workbook.newWorksheet("Đơn vị cụ thể hóa");
        header(
                cascade,
                "Chỉ tiêu / nhiệm vụ",
                "Đơn vị",
                "Chương trình",
                "Mục tiêu",
                "Giá trị",
                "Tiến độ (%)",
                "Trạng thái",
                "Đã báo cáo");
        row = 1;
        for (CascadeRow r : review.cascade()) {
            for (Contribution c : r.contributions()) {
                cascade.inlineString(row, 0, r.seq() + ". " + r.name());
                cascade.inlineString(row, 1, c.unitName());
                cascade.inlineString(row, 2, c.code());
                number(cascade, row, 3, c.target());
                number(cascade, row, 4, c.value());
                if (c.progress() != null) {
                    cascade.value(row, 5, c.progress());
                }
                cascade.inlineString(
                        row, 6, "INDICATOR".equals(r.kind()) ? indicatorStatus(c.status()) : taskStatus(c.status()));
                cascade.inlineString(row, 7, c.reported() ? "Có" : "Chưa");
                row++;
            }
        }
        workbook.finish();
    }

    static String indicatorStatus(String status) {
        return switch (status) {
            case "MET" -> "Đạt";
            case "ON_TRACK" -> "Đúng tiến độ";
            case "AT_RISK" -> "Có nguy cơ không đạt";
            case "NOT_MET" -> "Không đạt";
            default -> "Chưa báo cáo";
        };
    }

    static String taskStatus(String status) {
        return switch (status) {
            case "DONE" -> "Đã hoàn thành";
            case "ON_SCHEDULE" -> "Đúng tiến độ";
            case "LATE" -> "Chậm tiến độ";
            default -> "Chưa triển khai";
        };
    }

    private static void header(Worksheet sheet, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.inlineString(0, c, titles[c]);
            sheet.style(0, c).bold().fillColor("D9E1F2").set();
        }
    }

    private static void number(Worksheet sheet, int row, int col, @Nullable BigDecimal value) {
        if (value != null) {
            sheet.value(row, col, value);
        }
    }

    private static void text(Worksheet sheet, int row, int col, @Nullable String value) {
        if (value != null) {
            sheet.inlineString(row, col, value);
        }
    }

    private static void date(Worksheet sheet, int row, int col, LocalDate value) {
        sheet.inlineString(row, col, value.format(DAY));
    }
}

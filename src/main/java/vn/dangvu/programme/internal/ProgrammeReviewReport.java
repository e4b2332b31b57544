package vn.dangvu.programme.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dangvu.programme.IndicatorStatus;
import vn.dangvu.programme.IndicatorView;
import vn.dangvu.programme.ProgrammeReview;
import vn.dangvu.programme.ReviewKind;
import vn.dangvu.programme.TaskStatus;
import vn.dangvu.programme.TaskView;
import vn.dangvu.report.ReportTable;

/**
 * A programme review laid out for the report module's printing (PDF on A4 with the Party document heading): the
 * review's sentences, then a table with one row per responsible organisation counting its indicators and tasks by
 * status, and the totals; the notes list each indicator and task with its status, so that every number has its rows.
 */
final class ProgrammeReviewReport {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Map<IndicatorStatus, String> INDICATOR_LABELS = Map.of(
            IndicatorStatus.MET, "Đạt",
            IndicatorStatus.ON_TRACK, "Đúng tiến độ",
            IndicatorStatus.AT_RISK, "Có nguy cơ không đạt",
            IndicatorStatus.NOT_MET, "Không đạt",
            IndicatorStatus.NOT_REPORTED, "Chưa báo cáo");
    private static final Map<TaskStatus, String> TASK_LABELS = Map.of(
            TaskStatus.DONE, "Hoàn thành",
            TaskStatus.ON_SCHEDULE, "Đúng tiến độ",
            TaskStatus.LATE, "Chậm tiến độ",
            TaskStatus.NOT_STARTED, "Chưa triển khai");

    private ProgrammeReviewReport() {}

    static ReportTable table(ProgrammeReview review, String place) {
        List<ReportTable.Column> columns = new ArrayList<>();
        for (IndicatorStatus s : IndicatorStatus.values()) {
            columns.add(new ReportTable.Column("INDICATOR." + s.name(), INDICATOR_LABELS.get(s), "Chỉ tiêu"));
        }
        for (TaskStatus s : TaskStatus.values()) {
            columns.add(new ReportTable.Column("TASK." + s.name(), TASK_LABELS.get(s), "Nhiệm vụ"));
        }
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        Map<String, Long> unitIds = new LinkedHashMap<>();
        int width = columns.size();
        int tasksFrom = IndicatorStatus.values().length;
        for (IndicatorView i : review.indicators()) {
            unitIds.putIfAbsent(i.responsibleUnitName(), i.responsibleUnitId());
            byUnit.computeIfAbsent(i.responsibleUnitName(), k -> new long[width])[
                    i.status().ordinal()]++;
        }
        for (TaskView t : review.tasks()) {
            unitIds.putIfAbsent(t.ownerUnitName(), t.ownerUnitId());
            byUnit.computeIfAbsent(t.ownerUnitName(), k -> new long[width])[
                    tasksFrom + t.status().ordinal()]++;
        }
        long[] total = new long[width];
        List<ReportTable.Row> rows = new ArrayList<>();
        byUnit.forEach((unit, counts) -> {
            for (int c = 0; c < width; c++) {
                total[c] += counts[c];
            }
            rows.add(new ReportTable.Row(unitIds.get(unit), unit, values(counts)));
        });
        List<String> notes = new ArrayList<>();
        for (IndicatorView i : review.indicators()) {
            notes.add("Chỉ tiêu " + i.seq() + ". " + i.name() + ": " + INDICATOR_LABELS.get(i.status()) + " ("
                    + i.responsibleUnitName() + ").");
        }
        for (TaskView t : review.tasks()) {
            notes.add("Nhiệm vụ " + t.seq() + ". " + t.title() + ": " + TASK_LABELS.get(t.status()) + ", "
                    + t.progress() + "% (" + t.ownerUnitName() + ").");
        }
        String heading = review.kind() == ReviewKind.MID_TERM ? "BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ" : "BÁO CÁO TỔNG KẾT";
        return new ReportTable(
                "PROGRAMME_REVIEW_" + review.kind().name() + "_" + review.programmeId(),
                "Chương trình " + review.code(),
                heading + " THỰC HIỆN CHƯƠNG TRÌNH SỐ " + review.code(),
                List.of(review.issuingUnitName().toUpperCase(VI)),
                place,
                review.issuingUnitId(),
                review.issuingUnitName(),
                review.asOf(),
                review.title(),
                review.summary(),
                "Đơn vị chủ trì",
                columns,
                rows,
                new ReportTable.Row(null, "Tổng cộng", values(total)),
                notes);
    }

    private static List<Long> values(long[] counts) {
        List<Long> values = new ArrayList<>(counts.length);
        for (long c : counts) {
            values.add(c);
        }
        return values;
    }
}

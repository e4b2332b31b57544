package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mid-term or final review of a programme as of a day, worded like the committee's reports, with the tables
 * behind each number.
 *
 * @param programmeId the programme
 * @param code its code
 * @param title its title
 * @param issuingUnitName the issuing unit
 * @param issuingUnitId its id
 * @param kind mid-term or final
 * @param asOf the day of the data
 * @param summary the review's sentences, e.g. "Đến nay đã có 7/14 chỉ tiêu cơ bản đạt …"
 * @param indicatorCounts count of indicators per IndicatorStatus name
 * @param taskCounts count of tasks per TaskStatus name
 * @param indicators the indicator table
 * @param tasks the task table
 * @param cascade the adopting organisations' contributions
 */
public record ProgrammeReview(
        UUID programmeId,
        String code,
        String title,
        String issuingUnitName,
        long issuingUnitId,
        ReviewKind kind,
        LocalDate asOf,
        List<String> summary,
        java.util.Map<String, Integer> indicatorCounts,
        java.util.Map<String, Integer> taskCounts,
        List<IndicatorView> indicators,
        List<TaskView> tasks,
        List<CascadeRow> cascade) {}

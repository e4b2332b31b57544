package vn.dangvu.programme.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.dangvu.programme.TaskStatus;

/**
 * The status of a programme task (nhiệm vụ) as of a day, from the progress reported by then and its deadline, the four
 * figures of a committee's review ("14/18 nhiệm vụ đã hoàn thành, 4 nhiệm vụ đang thực hiện đúng tiến độ"):
 *
 * <ol>
 *   <li>progress 100%: {@code DONE} (late when completed after the deadline, shown as a flag);
 *   <li>otherwise the day is after the deadline: {@code LATE} (overdue);
 *   <li>otherwise no progress: {@code NOT_STARTED};
 *   <li>otherwise {@code ON_SCHEDULE}.
 * </ol>
 *
 * A task not done whose deadline falls within {@value #DUE_SOON_DAYS} days is flagged as due soon, for reminders.
 */
@Component
public class TaskStatusPolicy {

    /** Days before the deadline from which an unfinished task is due soon. */
    public static final int DUE_SOON_DAYS = 30;

    /**
     * The judgement.
     *
     * @param status the status
     * @param overdue not done and the deadline passed
     * @param dueSoon not done and the deadline within {@link #DUE_SOON_DAYS} days
     * @param rule the rule applied, in words
     */
    public record Assessment(TaskStatus status, boolean overdue, boolean dueSoon, String rule) {}

    public Assessment assess(int progress, LocalDate deadline, LocalDate day) {
        if (progress >= 100) {
            return new Assessment(TaskStatus.DONE, false, false, "Đã hoàn thành (tiến độ 100%).");
        }
        if (day.isAfter(deadline)) {
            return new Assessment(
                    TaskStatus.LATE, true, false, "Chậm tiến độ: quá hạn mà tiến độ mới " + progress + "%.");
        }
        boolean dueSoon = !day.plusDays(DUE_SOON_DAYS).isBefore(deadline);
        if (progress <= 0) {
            return new Assessment(TaskStatus.NOT_STARTED, false, dueSoon, "Chưa triển khai: chưa báo cáo tiến độ.");
        }
        return new Assessment(
                TaskStatus.ON_SCHEDULE, false, dueSoon, "Đúng tiến độ: đạt " + progress + "%, chưa đến hạn.");
    }
}

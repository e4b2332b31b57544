package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A programme task as another module shows it where the task came from.
 *
 * @param programmeId the programme
 * @param programmeCode its number, e.g. 01-CTr/ĐU
 * @param taskId the task
 * @param seq its number in the programme
 * @param title the task
 * @param deadline its deadline
 * @param progress the latest progress, percent
 * @param status its status today (TaskStatusPolicy)
 */
public record TaskLink(
        UUID programmeId,
        String programmeCode,
        UUID taskId,
        int seq,
        String title,
        LocalDate deadline,
        int progress,
        TaskStatus status) {}

package vn.dangvu.member;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One lifecycle step due for one member.
 *
 * @param kind what is due
 * @param memberId the member
 * @param fullName the member's name
 * @param orgUnitId the member's cell
 * @param orgUnitName its name
 * @param since the day the period started (resolution, decision, ceremony, letter)
 * @param dueDate the last day of the period
 * @param workingDaysLeft working days from today to the due date; negative when overdue
 * @param overdue whether the due date has passed
 * @param rule the regulation that sets the period
 * @param proposalId the removal proposal, for {@link DeadlineKind#REMOVAL_PROPOSED}
 * @param note the proposal's ground and reason, for {@link DeadlineKind#REMOVAL_PROPOSED}
 */
public record Deadline(
        DeadlineKind kind,
        UUID memberId,
        String fullName,
        long orgUnitId,
        String orgUnitName,
        LocalDate since,
        LocalDate dueDate,
        int workingDaysLeft,
        boolean overdue,
        String rule,
        @Nullable Long proposalId,
        @Nullable String note) {}

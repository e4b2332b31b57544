package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a member stands in the lifecycle and what may come next: what the guided step dialogs show.
 *
 * @param memberId the member
 * @param status current status
 * @param version the member row's version, to send back with a step
 * @param deadline the day by which the pending step is due (admission decision, ceremony, recognition, arrival)
 * @param workingDaysLeft working days from today to the deadline (negative when overdue)
 * @param probationEndsOn end of probation, for a probationary member
 * @param suspended whether activity is suspended
 * @param temporaryUntil end of a temporary posting elsewhere
 * @param abroadUntil end of a stay abroad
 * @param steps the steps that may be recorded now, each with the rule behind it and whether the caller may record it
 */
public record LifecycleOverview(
        java.util.UUID memberId,
        MemberStatus status,
        long version,
        @Nullable LocalDate deadline,
        @Nullable Integer workingDaysLeft,
        @Nullable LocalDate probationEndsOn,
        boolean suspended,
        @Nullable LocalDate temporaryUntil,
        @Nullable LocalDate abroadUntil,
        List<Step> steps) {

    public LifecycleOverview {
        steps = List.copyOf(steps);
    }

    /**
     * A step that may follow.
     *
     * @param kind the step
     * @param rule the regulation behind it
     * @param allowed whether the caller's roles let them record it
     */
    public record Step(LifecycleEventKind kind, String rule, boolean allowed) {}
}

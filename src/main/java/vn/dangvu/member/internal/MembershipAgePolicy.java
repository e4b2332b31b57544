package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MembershipAge;
import vn.dangvu.member.MembershipAge.Gap;
import vn.dangvu.member.MembershipAge.GapKind;

/**
 * Membership age (tuổi đảng), REGULATIONS §4.2, after HD 01-HD/TW (2021) §18 as carried into HD 06-HD/TW (2025):
 *
 * <ul>
 *   <li>Counted from the date the competent body signed the <em>first</em> admission decision, not from the ceremony
 *       (decision 26/7/2015, official 26/7/2016 → counted from 26/7/2015); a re-admitted member keeps the first
 *       decision and loses the time in between.
 *   <li>Only members recognised as official have a membership age that counts for badges.
 *   <li>Periods not in party activity are subtracted: from removal (xóa tên), expulsion (khai trừ) or leaving (xin ra
 *       khỏi Đảng) to re-admission; time out of contact recorded by the organisation; and interruptions caused by
 *       transfers. For transfers the regulation names the gap but not its bounds: here it is the time in transit after
 *       the 30 working days allowed to present the introduction letter (QĐ 294-QĐ/TW §6.3.1) until the receiving
 *       organisation confirms the arrival. That reading is inferred, so it is a setting
 *       ({@code dangvu.membership-age.transit-gaps}).
 *   <li>The count stops on death, and on a removal, expulsion or leaving not followed by re-admission.
 *   <li>Years, months and days are counted as periods of the Civil Code (Bộ luật Dân sự 2015, Điều 148): a period ends
 *       on the same day of the last month, or on that month's last day when it has no such day (29/2 + 1 year →
 *       28/2). The gaps are taken off the end: age = period from the decision to (as-of day − days of the gaps).
 * </ul>
 */
final class MembershipAgePolicy {

    static final String RULE = "HD 01-HD/TW (2021) §18; HD 06-HD/TW (2025) (tuổi đảng)";
    static final String TRANSIT_RULE = RULE + "; QĐ 294-QĐ/TW §6.3.1 (gián đoạn do chuyển sinh hoạt)";
    static final String OUT_OF_CONTACT_RULE = RULE + " (thời gian mất liên lạc)";

    /** Working-day arithmetic, from the calendar module. */
    interface Calendar {
        LocalDate plusWorkingDays(LocalDate start, int n);
    }

    /** A current (not superseded, not annulled) lifecycle step. */
    record Step(LifecycleEventKind kind, LocalDate effectiveDate) {}

    /** A period out of contact recorded by the organisation staff: {@code until} exclusive, open when {@code null}. */
    record Recorded(LocalDate from, @Nullable LocalDate until) {}

    /**
     * What the count needs.
     *
     * @param firstAdmittedOn date of the first admission decision
     * @param official whether the member is recognised as official now
     * @param steps the current steps, in order
     * @param endedOn the day a terminal status began (death, removal, …) when the steps do not say it (records
     *     carried over from an older register)
     * @param recorded periods out of contact
     */
    record Input(
            UUID memberId,
            LocalDate firstAdmittedOn,
            boolean official,
            @Nullable LocalDate endedOn,
            List<Step> steps,
            List<Recorded> recorded) {}

    private final Calendar calendar;
    private final boolean transitGaps;

    MembershipAgePolicy(Calendar calendar, boolean transitGaps) {
        this.calendar = calendar;
        this.transitGaps = transitGaps;
    }

    MembershipAge age(Input input, LocalDate asOf) {
        LocalDate start = input.firstAdmittedOn();
        LocalDate end = asOf;
        List<Gap> raw = new ArrayList<>();
        LocalDate endedOn = null;
        GapKind endedKind = null;
        LocalDate transitGapFrom = null;
        for (Step step : input.steps()) {
            LocalDate on = step.effectiveDate();
            switch (step.kind()) {
                case REMOVED, EXPELLED, LEFT -> {
                    endedOn = on;
                    endedKind = GapKind.valueOf(step.kind().name());
                    transitGapFrom = null;
                }
                case READMITTED -> {
                    if (endedOn != null && endedKind != null) {
                        raw.add(gap(endedKind, endedOn, on, LifecyclePolicy.READMISSION_RULE + "; " + RULE));
                    }
                    endedOn = null;
                    endedKind = null;
                }
                case TRANSFER_OUT ->
                    transitGapFrom = calendar.plusWorkingDays(on, LifecyclePolicy.TRANSIT_DAYS)
                            .plusDays(1);
                case TRANSFER_RECEIVED, TRANSFER_CANCELLED -> {
                    closeTransit(raw, transitGapFrom, on);
                    transitGapFrom = null;
                }
                case TRANSFER_DEPARTED, DIED -> {
                    closeTransit(raw, transitGapFrom, on);
                    transitGapFrom = null;
                    end = min(end, on);
                }
                default -> {}
            }
        }
        closeTransit(raw, transitGapFrom, asOf);
        if (endedOn != null) {
            end = min(end, endedOn);
        }
        if (input.endedOn() != null) {
            end = min(end, input.endedOn());
        }
        for (Recorded period : input.recorded()) {
            LocalDate until = period.until() == null ? asOf : period.until();
            raw.add(gap(GapKind.OUT_OF_CONTACT, period.from(), until, OUT_OF_CONTACT_RULE));
        }
        if (end.isBefore(start)) {
            end = start;
        }
        List<Gap> gaps = clip(raw, start, end);
        long gapDays = gaps.stream().mapToLong(Gap::days).sum();
        int[] ymd = ymd(start, end.minusDays(gapDays));
        return new MembershipAge(
                input.memberId(), asOf, start, end, input.official(), ymd[0], ymd[1], ymd[2], gapDays, gaps, RULE);
    }

    private void closeTransit(List<Gap> raw, @Nullable LocalDate from, LocalDate until) {
        if (transitGaps && from != null && until.isAfter(from)) {
            raw.add(gap(GapKind.TRANSIT, from, until, TRANSIT_RULE));
        }
    }

    /** Gaps inside [start, end), overlaps trimmed so that no day is subtracted twice, oldest first. */
    static List<Gap> clip(List<Gap> raw, LocalDate start, LocalDate end) {
        List<Gap> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(Gap::from).thenComparing(Gap::until));
        List<Gap> result = new ArrayList<>();
        LocalDate covered = start;
        for (Gap g : sorted) {
            LocalDate from = max(g.from(), covered);
            LocalDate until = min(g.until(), end);
            if (until.isAfter(from)) {
                result.add(gap(g.kind(), from, until, g.rule()));
                covered = until;
            }
        }
        return result;
    }

    /** Full years, months and days from {@code from} to {@code to} (Civil Code periods; zero when not after). */
    static int[] ymd(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return new int[] {0, 0, 0};
        }
        long months = ChronoUnit.MONTHS.between(from, to);
        if (!from.plusMonths(months + 1).isAfter(to)) {
            months++;
        }
        int days = (int) ChronoUnit.DAYS.between(from.plusMonths(months), to);
        return new int[] {(int) (months / 12), (int) (months % 12), days};
    }

    private static Gap gap(GapKind kind, LocalDate from, LocalDate until, String rule) {
        return new Gap(kind, from, until, Math.max(0, ChronoUnit.DAYS.between(from, until)), rule);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

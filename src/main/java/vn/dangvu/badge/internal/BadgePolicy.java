package vn.dangvu.badge.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangvu.badge.BadgeKind;
import vn.dangvu.badge.BadgeState;
import vn.dangvu.badge.SubmitBadge;
import vn.dangvu.member.AgeWindows;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MembershipAge;
import vn.dangvu.shared.DomainException;

/**
 * Party badges (Huy hiệu Đảng), REGULATIONS §4.1 after HD 01-HD/TW (2021) §18, carried into HD 06-HD/TW (2025):
 *
 * <ul>
 *   <li>Milestones of 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 and 90 years of membership age (REGULATIONS §4.2,
 *       counted by {@code member.internal.MembershipAgePolicy}); only members recognised as official.
 *   <li>Awarded on 3/2, 19/5, 2/9 and 7/11; a member is eligible for an occasion when the age on that day reaches the
 *       milestone.
 *   <li>Seriously ill members: up to 12 months early for the 30–65-year badges, up to 24 months for 70–90 years.
 *   <li>Deceased members (truy tặng): up to 12 months early, the age counted to the day of death.
 *   <li>Early and posthumous awards are asked for by the cell with a reason (mẫu 6-HHD, the committee's submission
 *       states the reason).
 *   <li>A member who was removed, expelled or left returns the badge: no badge for them.
 * </ul>
 *
 * Lists show, at most once per member, the highest milestone not yet awarded that the age reaches by the occasion
 * (reached no earlier than the backlog setting before it), or, when asked, the one an early rule would allow.
 */
final class BadgePolicy {

    static final String RULE = "HD 01-HD/TW (2021) §18; HD 06-HD/TW (2025)";
    static final String EARLY_RULE = RULE + " (trao sớm)";

    static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    static final List<MonthDay> OCCASIONS =
            List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7));

    /** Illness: months early for the 30–65-year badges … */
    static final int ILLNESS_EARLY_MONTHS = 12;
    /** … and for the 70–90-year badges. */
    static final int ILLNESS_EARLY_MONTHS_SENIOR = 24;

    static final int POSTHUMOUS_EARLY_MONTHS = 12;
    /** Slack on SQL windows so that month-end clamping (29/2) never drops a row; the exact check is in Java. */
    private static final int SLACK_DAYS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Months early an award of this kind may be for this milestone. */
    static int earlyMonths(BadgeKind kind, int milestone) {
        return switch (kind) {
            case NORMAL -> 0;
            case ILLNESS -> milestone >= 70 ? ILLNESS_EARLY_MONTHS_SENIOR : ILLNESS_EARLY_MONTHS;
            case POSTHUMOUS -> POSTHUMOUS_EARLY_MONTHS;
        };
    }

    static boolean isOccasion(LocalDate day) {
        return OCCASIONS.contains(MonthDay.from(day));
    }

    /** The next {@code count} occasions on or after {@code today}. */
    static List<LocalDate> nextOccasions(LocalDate today, int count) {
        List<LocalDate> result = new ArrayList<>();
        for (int year = today.getYear(); result.size() < count; year++) {
            for (MonthDay day : OCCASIONS) {
                LocalDate date = day.atYear(year);
                if (!date.isBefore(today) && result.size() < count) {
                    result.add(date);
                }
            }
        }
        return result;
    }

    /** What SQL reads for an occasion's list: first admission dates that can reach a milestone in the period. */
    static AgeWindows windows(LocalDate occasion, boolean early, int backlogMonths) {
        List<AgeWindows.Range> ranges = new ArrayList<>();
        for (int milestone : MILESTONES) {
            int months = milestone * 12;
            int ahead = early ? earlyMonths(BadgeKind.ILLNESS, milestone) : 0;
            ranges.add(new AgeWindows.Range(
                    occasion.minusMonths(months + backlogMonths).minusDays(SLACK_DAYS),
                    occasion.minusMonths(months - ahead).plusDays(SLACK_DAYS)));
        }
        int first = MILESTONES.get(0) * 12 - Math.max(ILLNESS_EARLY_MONTHS, POSTHUMOUS_EARLY_MONTHS);
        return new AgeWindows(
                ranges, occasion.minusMonths(first).plusDays(SLACK_DAYS), occasion.minusMonths(backlogMonths));
    }

    /** A member's place on an occasion's list. */
    record Listing(int milestone, LocalDate reachesOn, boolean early, BadgeKind kind) {}

    /**
     * The milestone the member is listed for on the occasion, if any.
     *
     * @param awarded milestones already awarded to the member
     */
    static Optional<Listing> listing(
            AgedMember member, LocalDate occasion, boolean early, int backlogMonths, Collection<Integer> awarded) {
        MembershipAge age = member.age();
        if (!age.official()) {
            return Optional.empty();
        }
        int highestAwarded = awarded.stream().mapToInt(Integer::intValue).max().orElse(0);
        LocalDate backlogStart = occasion.minusMonths(backlogMonths);
        LocalDate diedOn = member.diedOn();
        if (diedOn != null && diedOn.isBefore(backlogStart)) {
            return Optional.empty();
        }
        for (int i = MILESTONES.size() - 1; i >= 0; i--) {
            int milestone = MILESTONES.get(i);
            if (milestone <= highestAwarded) {
                return Optional.empty();
            }
            LocalDate reaches = age.reachesOn(milestone * 12);
            if (diedOn != null) {
                if (!reaches.isAfter(diedOn)) {
                    return Optional.of(new Listing(milestone, reaches, false, BadgeKind.POSTHUMOUS));
                }
                LocalDate allowed = age.reachesOn(milestone * 12 - POSTHUMOUS_EARLY_MONTHS);
                if (!allowed.isAfter(diedOn)) {
                    return early
                            ? Optional.of(new Listing(milestone, reaches, true, BadgeKind.POSTHUMOUS))
                            : Optional.empty();
                }
                continue;
            }
            if (!reaches.isAfter(occasion)) {
                return reaches.isAfter(backlogStart)
                        ? Optional.of(new Listing(milestone, reaches, false, BadgeKind.NORMAL))
                        : Optional.empty();
            }
            if (early
                    && !age.reachesOn(milestone * 12 - earlyMonths(BadgeKind.ILLNESS, milestone))
                            .isAfter(occasion)) {
                return Optional.of(new Listing(milestone, reaches, true, BadgeKind.ILLNESS));
            }
        }
        return Optional.empty();
    }

    /**
     * Checks a proposal or an award; a refusal names its rule.
     *
     * @param member the member with the age on the occasion (to the day of death for the deceased)
     * @param existing the member's badge for this milestone, if any
     * @param highestAwarded the member's highest milestone awarded so far (0 if none)
     */
    static void check(
            SubmitBadge command, AgedMember member, @Nullable Existing existing, int highestAwarded, LocalDate today) {
        int milestone = command.milestone();
        if (!MILESTONES.contains(milestone)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "badge.milestone.invalid", milestone)
                    .onField("milestone");
        }
        if (!isOccasion(command.occasion())) {
            throw refuse("badge.occasion.invalid", RULE, "occasion", command.occasion());
        }
        boolean early = command.kind() != BadgeKind.NORMAL;
        if (early && blank(command.reason())) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "badge.reason.required").onField("reason");
        }
        if (command.state() == BadgeState.AWARDED) {
            if (blank(command.decisionNumber())) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "badge.decision.required")
                        .onField("decisionNumber");
            }
            if (command.decisionDate() == null) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "badge.decision.required")
                        .onField("decisionDate");
            }
            if (command.decisionDate().isAfter(today)) {
                throw refuse("badge.decision.future", RULE, "decisionDate", command.decisionDate());
            }
        }
        MembershipAge age = member.age();
        MemberStatus status = member.status();
        if (!age.official()) {
            throw refuse("badge.member.not-official", RULE, "memberId");
        }
        if (status != MemberStatus.DECEASED && !status.isActive()) {
            throw refuse("badge.member.not-active", RULE, "memberId");
        }
        if (status == MemberStatus.DECEASED && command.kind() != BadgeKind.POSTHUMOUS) {
            throw refuse("badge.kind.posthumous-required", RULE, "kind");
        }
        if (status != MemberStatus.DECEASED && command.kind() == BadgeKind.POSTHUMOUS) {
            throw refuse("badge.kind.posthumous-living", RULE, "kind");
        }
        if (existing != null && existing.state() == BadgeState.AWARDED) {
            throw DomainException.conflict("badge.award.exists", milestone).onField("milestone");
        }
        if (existing != null && command.state() == BadgeState.PROPOSED) {
            throw DomainException.conflict("badge.proposal.exists", milestone).onField("milestone");
        }
        if (highestAwarded >= milestone) {
            throw refuse("badge.award.higher", RULE, "milestone", highestAwarded);
        }
        LocalDate reaches = age.reachesOn(milestone * 12);
        LocalDate until = status == MemberStatus.DECEASED ? age.countedUntil() : command.occasion();
        if (!reaches.isAfter(until)) {
            return;
        }
        if (command.kind() == BadgeKind.NORMAL) {
            throw refuse("badge.age.not-reached", RULE, "milestone", milestone, reaches);
        }
        int monthsEarly = earlyMonths(command.kind(), milestone);
        LocalDate allowedFrom = age.reachesOn(milestone * 12 - monthsEarly);
        if (allowedFrom.isAfter(until)) {
            throw refuse(
                    command.kind() == BadgeKind.POSTHUMOUS ? "badge.age.too-early-posthumous" : "badge.age.too-early",
                    EARLY_RULE,
                    "milestone",
                    monthsEarly,
                    milestone,
                    reaches);
        }
    }

    /** The member's badge for a milestone as stored. */
    record Existing(long id, BadgeState state, long version) {}

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static DomainException refuse(String code, String rule, String field, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate date ? DAY.format(date) : args[i];
        }
        return new DomainException(DomainException.Kind.RULE_VIOLATION, code, Map.of("rule", rule), shown)
                .onField(field);
    }

    private BadgePolicy() {}
}

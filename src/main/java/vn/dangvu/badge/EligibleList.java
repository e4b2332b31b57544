package vn.dangvu.badge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.shared.PageResult;

/**
 * The badge list for an award occasion.
 *
 * @param occasion the occasion
 * @param nextOccasions the next four occasions from today
 * @param counts members per milestone (the whole list, not only this page)
 * @param members the page asked for, by milestone, day reached and name
 * @param rule the regulation the list follows
 */
public record EligibleList(
        LocalDate occasion,
        List<LocalDate> nextOccasions,
        List<MilestoneCount> counts,
        PageResult<EligibleMember> members,
        String rule) {

    public EligibleList {
        nextOccasions = List.copyOf(nextOccasions);
        counts = List.copyOf(counts);
    }

    /**
     * How many members a milestone lists.
     *
     * @param milestone years
     * @param total members listed
     * @param early of which only under an early rule
     * @param proposed of which already proposed
     * @param giftMultiple the cash gift as a multiple of the base salary (HD 56-HD/VPTW 2015), unknown for some
     *     milestones
     */
    public record MilestoneCount(
            int milestone,
            int total,
            int early,
            int proposed,
            @Nullable BigDecimal giftMultiple) {}
}

package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;

/**
 * Which members a list of membership ages reads, as SQL can narrow them on the first admission date before the exact
 * count: living official members admitted inside one of the ranges; those with a period out of activity admitted by
 * {@code admittedBy} (their gaps move their milestones later); deceased official members who died on or after
 * {@code diedSince}, admitted by {@code admittedBy}.
 *
 * @param ranges first admission dates, each {@code [from, to]} inclusive
 * @param admittedBy latest first admission date of any member read
 * @param diedSince earliest day of death of a deceased member read
 */
public record AgeWindows(List<Range> ranges, LocalDate admittedBy, LocalDate diedSince) {

    public AgeWindows {
        ranges = List.copyOf(ranges);
    }

    /** An inclusive range of first admission dates. */
    public record Range(LocalDate from, LocalDate to) {}
}

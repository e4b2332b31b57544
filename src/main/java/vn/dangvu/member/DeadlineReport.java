package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The due and overdue lifecycle steps in a scope.
 *
 * @param today the reference day
 * @param counts per kind: how many are due and how many of them are overdue
 * @param items the steps, most urgent first (at most {@code limit})
 * @param truncated whether more items exist than were returned
 */
public record DeadlineReport(
        LocalDate today, Map<DeadlineKind, Count> counts, List<Deadline> items, boolean truncated) {

    public DeadlineReport {
        counts = Map.copyOf(counts);
        items = List.copyOf(items);
    }

    /**
     * Counts of one kind.
     *
     * @param due all pending
     * @param overdue of which past their due date
     */
    public record Count(int due, int overdue) {}
}

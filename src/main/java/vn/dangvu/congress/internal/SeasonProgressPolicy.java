package vn.dangvu.congress.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangvu.congress.SeasonStatus;

/**
 * Where an organisation stands in a congress season (KL 163-KL/TW for the 2025 deadline, REGULATIONS §8.8; the
 * deadlines are the setting {@code dangvu.congress.deadlines}):
 *
 * <ul>
 *   <li>held — its congress of the season was held;
 *   <li>overdue — not held, and either its planned date has passed, or it has no congress planned and the season's
 *       deadline for its kind has passed;
 *   <li>planned — not held, with a planned date today or later (a date past the deadline is shown as such, since the
 *       superior may consent to a later congress, Điều lệ Đảng Art 13);
 *   <li>not planned — no congress planned yet and the deadline, if any, not passed.
 * </ul>
 *
 * The same rule is written once in Java (for one congress) and once as SQL (for counting a subtree); the tests hold
 * them to the same answers.
 */
final class SeasonProgressPolicy {

    private SeasonProgressPolicy() {}

    /** The status of one organisation. */
    static SeasonStatus status(
            boolean planned,
            @Nullable LocalDate plannedOn,
            boolean held,
            @Nullable LocalDate deadline,
            LocalDate today) {
        if (held) {
            return SeasonStatus.HELD;
        }
        if (planned && plannedOn != null) {
            return plannedOn.isBefore(today) ? SeasonStatus.OVERDUE : SeasonStatus.PLANNED;
        }
        return deadline != null && deadline.isBefore(today) ? SeasonStatus.OVERDUE : SeasonStatus.NOT_PLANNED;
    }

    /**
     * The same rule as a SQL expression over {@code c} (the congress row, left-joined) and {@code u} (the unit); the
     * kinds whose deadline has passed are bound as {@code :lateKinds}, today as {@code :today}.
     */
    static String sqlCase() {
        return """
                CASE WHEN c.held_from IS NOT NULL THEN 'HELD'
                     WHEN c.id IS NOT NULL AND c.planned_on < :today THEN 'OVERDUE'
                     WHEN c.id IS NOT NULL THEN 'PLANNED'
                     WHEN u.kind IN (:lateKinds) THEN 'OVERDUE'
                     ELSE 'NOT_PLANNED' END""";
    }

    /** The kinds whose deadline has passed, never empty (an unknown kind stands in), for {@code :lateKinds}. */
    static List<String> lateKinds(List<String> kinds) {
        return kinds.isEmpty() ? List.of("-") : kinds;
    }
}

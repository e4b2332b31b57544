package vn.dangvu.duty;

import java.util.Map;

/**
 * Quality by level of the members and the organisations of a subtree in a year (decided yearly results).
 *
 * @param orgUnitId the subtree's root
 * @param year the year
 * @param counts members per level (every level present, zero when none)
 * @param total members rated
 * @param organisationCounts organisations of the subtree per level (every level present, zero when none)
 * @param organisationTotal organisations rated
 */
public record EvaluationStatistics(
        long orgUnitId,
        int year,
        Map<EvaluationLevel, Long> counts,
        long total,
        Map<EvaluationLevel, Long> organisationCounts,
        long organisationTotal) {

    public EvaluationStatistics {
        counts = Map.copyOf(counts);
        organisationCounts = Map.copyOf(organisationCounts);
    }
}

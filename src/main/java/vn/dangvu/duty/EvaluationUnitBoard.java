package vn.dangvu.duty;

import java.util.List;

/**
 * The board of a cycle of organisations: the organisations' rows with their self-assessment, proposals and decisions,
 * counters, and the excellent quota of each deciding unit concerned.
 *
 * @param cycle the cycle
 * @param entries the organisations' rows in the caller's scope (and the unit asked for)
 * @param selfAssessed how many sent their self-assessment
 * @param proposed how many have a proposed level
 * @param decided how many have a decided level
 * @param quotas the excellent quota of each deciding unit on the board
 */
public record EvaluationUnitBoard(
        EvaluationCycle cycle,
        List<EvaluationUnitEntry> entries,
        long selfAssessed,
        long proposed,
        long decided,
        List<EvaluationQuota> quotas) {

    public EvaluationUnitBoard {
        entries = List.copyOf(entries);
        quotas = List.copyOf(quotas);
    }
}

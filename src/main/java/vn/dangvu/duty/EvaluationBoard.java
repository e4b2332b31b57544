package vn.dangvu.duty;

import java.util.List;

/**
 * A cell's (or a subtree's) evaluation board in a cycle: the members' rows with their self-assessment and proposals,
 * counters, and the quota of each grassroots organisation concerned.
 *
 * @param cycle the cycle
 * @param entries the members' rows in the caller's scope (and the unit asked for)
 * @param selfAssessed how many sent their self-assessment
 * @param proposed how many have a level proposed by the cell
 * @param decided how many have a decided level
 * @param quotas the excellent quota of each grassroots organisation on the board
 */
public record EvaluationBoard(
        EvaluationCycle cycle,
        List<EvaluationEntry> entries,
        long selfAssessed,
        long proposed,
        long decided,
        List<EvaluationQuota> quotas) {

    public EvaluationBoard {
        entries = List.copyOf(entries);
        quotas = List.copyOf(quotas);
    }
}

package vn.dangvu.inspection;

/**
 * A plan's progress against its items on a given day ({@code PlanProgressPolicy}).
 *
 * @param planned items in the plan
 * @param started items with at least one case opened from them
 * @param notStarted items not started whose period is still running
 * @param inProgress items with a case open and the period still running
 * @param done items whose cases are concluded
 * @param overdue items whose planned period ended without a concluded case
 * @param percentDone done items as a whole percentage of the planned ones (0 for an empty plan)
 * @param organisations items whose subject is an organisation
 * @param organisationsDone of which done
 * @param members items whose subject is a member
 * @param membersDone of which done
 */
public record PlanProgress(
        int planned,
        int started,
        int notStarted,
        int inProgress,
        int done,
        int overdue,
        int percentDone,
        int organisations,
        int organisationsDone,
        int members,
        int membersDone) {}

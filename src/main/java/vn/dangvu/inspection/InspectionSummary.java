package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The summary of a commission's inspection, supervision and discipline work over a period (issue 8 point 6), worded as
 * the Party's reports word it. Organisations and members are counted once each, however many cases name them. A case
 * counts in the period of its decision to inspect or supervise (the {@link CaseStep#DECISION} step's date) and its
 * finding in the period of its conclusion; a discipline decision counts in the period it is signed unless an appeal
 * annulled it; an appeal counts as filed on the day it was received and as decided on the day it was decided.
 *
 * @param unitId the organisation whose commissions are summed (its own and those below it)
 * @param unitName its name
 * @param from first day of the period
 * @param to last day of the period
 * @param organisations the figures for party organisations
 * @param members the figures for party members
 * @param organisationForms decisions in force against organisations, by form (lightest first)
 * @param memberForms decisions in force against members, by form (lightest first)
 * @param appeals the appeals against discipline decisions
 * @param rows the same figures per direct child organisation whose commissions have any, then the unit's own level
 * @param paragraph the summary in Vietnamese, worded as the reports word it
 * @param notes how each figure is counted
 */
public record InspectionSummary(
        long unitId,
        String unitName,
        LocalDate from,
        LocalDate to,
        Figures organisations,
        Figures members,
        List<FormCount> organisationForms,
        List<FormCount> memberForms,
        Appeals appeals,
        List<UnitFigures> rows,
        String paragraph,
        List<String> notes) {

    /**
     * Organisations or members, each counted once.
     *
     * @param inspected inspected in regular, thematic, lower-level or finance inspections decided in the period
     * @param supervised supervised (regular or thematic) in supervisions decided in the period
     * @param signsOfViolation inspected on signs of violation, decided in the period
     * @param concluded with a case (inspection or supervision) concluded in the period: the base of the percentage
     * @param violationFound with a case concluded in the period that found a violation
     * @param violationPercent {@code violationFound} in percent of {@code concluded}, rounded; null when none concluded
     * @param disciplined with a discipline decision signed in the period and not annulled
     */
    public record Figures(
            long inspected,
            long supervised,
            long signsOfViolation,
            long concluded,
            long violationFound,
            @Nullable Integer violationPercent,
            long disciplined) {}

    /** Decisions of one form. */
    public record FormCount(DisciplineForm form, long count) {}

    /**
     * Appeals against discipline decisions of the commissions summed.
     *
     * @param filed received in the period
     * @param upheld decided in the period: decision upheld
     * @param changed decided in the period: form changed
     * @param annulled decided in the period: decision annulled
     * @param pending received by the last day and not decided by then
     */
    public record Appeals(long filed, long upheld, long changed, long annulled, long pending) {

        /** Decided in the period, whatever the outcome. */
        public long decided() {
            return upheld + changed + annulled;
        }
    }

    /**
     * The figures of the commissions of one direct child organisation (its subtree), or of the unit's own level.
     *
     * @param orgUnitId the child, or null for the unit's own commission
     * @param label its name
     * @param organisations its figures for organisations
     * @param members its figures for members
     */
    public record UnitFigures(@Nullable Long orgUnitId, String label, Figures organisations, Figures members) {}
}

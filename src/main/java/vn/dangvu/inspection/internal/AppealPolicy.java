package vn.dangvu.inspection.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.inspection.AppealOutcome;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.DisciplineSubject;

/**
 * Appeals against discipline (khiếu nại kỷ luật, REGULATIONS §10.5): filed within one month of receiving the decision
 * (Điều lệ Đảng Art. 39), or of the previous appeal's outcome when appealing further up; one appeal at a time; settled
 * within 90 working days of receipt, 180 for decisions of central bodies (QĐ 30-QĐ/TW 2016, carried into QĐ
 * 296-QĐ/TW ch. V; the numbers are settings); the outcome upholds, changes (to another form allowed for the subject)
 * or annuls the decision, and an annulment restores the subject's rights (QĐ 117-QĐ/TW 2023).
 */
@Component
class AppealPolicy {

    static final String FILING_RULE = "Điều lệ Đảng, Điều 39";
    static final String DEADLINE_RULE = "QĐ 296-QĐ/TW, Chương V";

    private final InspectionProperties properties;
    private final WorkingDays workingDays;

    AppealPolicy(InspectionProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** The last day to file an appeal against a decision received on {@code receivedOn}. */
    LocalDate filingUntil(LocalDate receivedOn) {
        return receivedOn.plusMonths(properties.appealFilingMonths());
    }

    /** The last day to settle an appeal received on {@code filedOn}. */
    LocalDate dueOn(LocalDate filedOn, boolean central) {
        return workingDays.plusWorkingDays(
                filedOn, central ? properties.appealWorkingDaysCentral() : properties.appealWorkingDays());
    }

    /**
     * Refuses an appeal filed before the decision reached the subject, after the month, while another is pending, or
     * against an annulled decision.
     *
     * @param from the day the month counts from (receipt of the decision or of the last appeal's outcome)
     */
    void checkFiling(LocalDate filedOn, LocalDate from, boolean pending, boolean annulled, LocalDate today) {
        if (annulled) {
            throw Refusals.refuse("inspection.appeal.annulled", FILING_RULE, "filedOn");
        }
        if (pending) {
            throw Refusals.refuse("inspection.appeal.pending", FILING_RULE, "filedOn");
        }
        if (filedOn.isBefore(from)) {
            throw Refusals.refuse("inspection.appeal.before-receipt", FILING_RULE, "filedOn", from);
        }
        if (filedOn.isAfter(today)) {
            throw Refusals.refuse("inspection.date.future", FILING_RULE, "filedOn");
        }
        LocalDate until = filingUntil(from);
        if (filedOn.isAfter(until)) {
            throw Refusals.refuse(
                    "inspection.appeal.filing-late",
                    FILING_RULE,
                    "filedOn",
                    from,
                    until,
                    properties.appealFilingMonths());
        }
    }

    /** Refuses an outcome dated before the appeal or in the future, or a change to a form not allowed or the same. */
    void checkOutcome(
            AppealOutcome outcome,
            @Nullable DisciplineForm changedForm,
            DisciplineForm current,
            DisciplineSubject subject,
            LocalDate decidedOn,
            LocalDate filedOn,
            LocalDate today) {
        if (decidedOn.isBefore(filedOn)) {
            throw Refusals.refuse("inspection.appeal.outcome-before-filing", DEADLINE_RULE, "decidedOn", filedOn);
        }
        if (decidedOn.isAfter(today)) {
            throw Refusals.refuse("inspection.date.future", DEADLINE_RULE, "decidedOn");
        }
        if (outcome == AppealOutcome.CHANGED) {
            if (changedForm == null) {
                throw Refusals.invalid("inspection.appeal.form-required", "changedForm");
            }
            if (changedForm == current) {
                throw Refusals.refuse("inspection.appeal.same-form", DisciplineFormPolicy.RULE, "changedForm");
            }
            if (!DisciplineFormPolicy.allowed(subject).contains(changedForm)) {
                throw Refusals.refuse(
                        "inspection.discipline.form-not-allowed",
                        DisciplineFormPolicy.RULE,
                        "changedForm",
                        DisciplineFormPolicy.label(changedForm),
                        DisciplineFormPolicy.label(subject));
            }
        }
    }
}

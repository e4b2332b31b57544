package vn.dangvu.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation cycle opened by a committee for its subtree.
 *
 * @param id cycle id
 * @param orgUnitId the committee that opened it
 * @param orgUnitName its name
 * @param kind members or organisations
 * @param year the year rated
 * @param period the year, a quarter or the term
 * @param state the current step
 * @param selfAssessmentDue last day of self-assessment
 * @param appraisalDue last day of the cells' appraisal
 * @param decisionNumber the competent body's decision, once decided
 * @param decisionDate its date
 * @param openedBy who opened the cycle
 * @param openedAt when
 * @param publishedAt when the results were made known
 * @param entries rows (members rated) in the caller's scope
 * @param version optimistic-lock version
 */
public record EvaluationCycle(
        UUID id,
        long orgUnitId,
        String orgUnitName,
        EvaluationCycleKind kind,
        int year,
        EvaluationPeriod period,
        EvaluationCycleState state,
        @Nullable LocalDate selfAssessmentDue,
        @Nullable LocalDate appraisalDue,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        String openedBy,
        Instant openedAt,
        @Nullable Instant publishedAt,
        long entries,
        long version) {}

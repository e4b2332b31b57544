package vn.dangvu.duty;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One member's evaluation in a cycle.
 *
 * @param id entry id
 * @param cycleId the cycle
 * @param memberId the member
 * @param memberName their name
 * @param orgUnitId their cell
 * @param grassrootsUnitId the grassroots organisation whose quota the entry counts in
 * @param selfScore the member's own score (0–100)
 * @param selfLevel the level the member proposed
 * @param selfComment the member's self-assessment
 * @param selfAssessedAt when they sent it
 * @param tasksTotal tasks assigned in the period
 * @param tasksExceeding tasks done beyond requirements
 * @param tasksLate tasks done late
 * @param score the cell's appraised score (0–100)
 * @param allowedLevel the best level the score and conditions allow ({@code null} before any score)
 * @param disqualified whether a disqualifying event of the year forces "not completed"
 * @param proposedLevel the cell's proposed level
 * @param proposedRemark the cell's remark
 * @param decidedLevel the competent body's level
 * @param ruleCode the regulation applied to the decided level
 * @param ruleVersion its version
 * @param version optimistic-lock version
 */
public record EvaluationEntry(
        UUID id,
        UUID cycleId,
        UUID memberId,
        String memberName,
        long orgUnitId,
        long grassrootsUnitId,
        @Nullable Integer selfScore,
        @Nullable EvaluationLevel selfLevel,
        @Nullable String selfComment,
        @Nullable Instant selfAssessedAt,
        @Nullable Integer tasksTotal,
        @Nullable Integer tasksExceeding,
        @Nullable Integer tasksLate,
        @Nullable Integer score,
        @Nullable EvaluationLevel allowedLevel,
        boolean disqualified,
        @Nullable EvaluationLevel proposedLevel,
        @Nullable String proposedRemark,
        @Nullable EvaluationLevel decidedLevel,
        @Nullable String ruleCode,
        @Nullable String ruleVersion,
        long version) {}

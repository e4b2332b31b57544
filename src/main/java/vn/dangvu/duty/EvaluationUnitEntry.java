package vn.dangvu.duty;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.org.OrgUnitKind;

/**
 * One organisation's evaluation in a cycle of organisations (QĐ 366-QĐ/TW 2025 Art. 11, for collectives).
 *
 * @param id entry id
 * @param cycleId the cycle
 * @param orgUnitId the organisation rated
 * @param unitName its name
 * @param unitKind its kind
 * @param decidingUnitId its direct superior, whose advisory body appraises it and who decides; the excellent quota is
 *     counted per deciding unit
 * @param subordinateUnits organisations directly under it that the cycle rates
 * @param disciplinedUnits of which disciplined in the year
 * @param collectiveDisciplined whether its own leadership collective was disciplined in the year
 * @param selfScore the organisation's own score (0–100)
 * @param selfLevel the level it proposed for itself
 * @param selfComment its self-assessment
 * @param selfAssessedBy who entered it
 * @param selfAssessedAt when
 * @param tasksTotal tasks assigned in the period
 * @param tasksExceeding tasks done beyond requirements
 * @param tasksLate tasks done late
 * @param score the appraised score (0–100)
 * @param allowedLevel the best level the results and the collective conditions allow ({@code null} before any score)
 * @param proposedLevel the level proposed by the superior's advisory body
 * @param proposedRemark its remark
 * @param decidedLevel the level decided by the superior
 * @param ruleCode the regulation applied to the decided level
 * @param ruleVersion its version
 * @param version optimistic-lock version
 */
public record EvaluationUnitEntry(
        UUID id,
        UUID cycleId,
        long orgUnitId,
        String unitName,
        OrgUnitKind unitKind,
        long decidingUnitId,
        int subordinateUnits,
        int disciplinedUnits,
        boolean collectiveDisciplined,
        @Nullable Integer selfScore,
        @Nullable EvaluationLevel selfLevel,
        @Nullable String selfComment,
        @Nullable String selfAssessedBy,
        @Nullable Instant selfAssessedAt,
        @Nullable Integer tasksTotal,
        @Nullable Integer tasksExceeding,
        @Nullable Integer tasksLate,
        @Nullable Integer score,
        @Nullable EvaluationLevel allowedLevel,
        @Nullable EvaluationLevel proposedLevel,
        @Nullable String proposedRemark,
        @Nullable EvaluationLevel decidedLevel,
        @Nullable String ruleCode,
        @Nullable String ruleVersion,
        long version) {}

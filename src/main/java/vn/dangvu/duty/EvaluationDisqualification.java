package vn.dangvu.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event that forces "not completed" for a year (REGULATIONS §5.2), e.g. a discipline decided in the year.
 *
 * @param memberId the member concerned, or {@code null} for a unit's own (collective discipline)
 * @param orgUnitId the unit (the member's cell, or the unit disciplined)
 * @param year the year it counts in
 * @param reason what happened
 * @param reference the decision or case it comes from
 */
public record EvaluationDisqualification(
        @Nullable UUID memberId,

        @NotNull(message = "{evaluation.orgUnitId.required}") @Nullable
        Long orgUnitId,

        @NotNull(message = "{evaluation.year.required}")
        @Min(value = 2000, message = "{evaluation.year.range}")
        @Max(value = 2100, message = "{evaluation.year.range}")
        @Nullable
        Integer year,

        @NotBlank(message = "{evaluation.reason.required}")
        @Size(max = 500, message = "{evaluation.text.size}")
        @Nullable
        String reason,

        @Size(max = 200, message = "{evaluation.text.size}") @Nullable
        String reference) {}

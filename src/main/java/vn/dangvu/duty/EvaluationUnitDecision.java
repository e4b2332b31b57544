package vn.dangvu.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A superior's levels for the organisations directly under it: each gets its proposed level unless changed here.
 *
 * @param decidingUnitId the deciding unit (the superior) whose organisations are decided
 * @param changes levels that differ from the proposals
 */
public record EvaluationUnitDecision(
        @NotNull(message = "{evaluation.decidingUnitId.required}") @Nullable
        Long decidingUnitId,

        @Size(max = 2000, message = "{evaluation.changes.size}") @Nullable
        List<EvaluationDecision.@Valid Change> changes) {}

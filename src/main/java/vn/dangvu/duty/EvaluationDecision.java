package vn.dangvu.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The competent body's levels for the members of one grassroots organisation: each entry gets its proposed level
 * unless changed here.
 *
 * @param grassrootsUnitId the grassroots organisation decided
 * @param changes levels that differ from the cells' proposals
 */
public record EvaluationDecision(
        @NotNull(message = "{evaluation.grassrootsUnitId.required}") @Nullable
        Long grassrootsUnitId,

        @Size(max = 2000, message = "{evaluation.changes.size}") @Nullable
        List<@Valid Change> changes) {

    /**
     * One changed level.
     *
     * @param entryId the entry
     * @param level the decided level
     */
    public record Change(
            @NotNull(message = "{evaluation.entryId.required}") @Nullable
            UUID entryId,

            @NotNull(message = "{evaluation.level.required}") @Nullable
            EvaluationLevel level) {}
}

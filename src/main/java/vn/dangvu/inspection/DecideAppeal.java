package vn.dangvu.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an appeal.
 *
 * @param outcome upheld, changed or annulled
 * @param decidedOn the day the appeal was settled
 * @param changedForm the new form, when changed
 * @param note the reasons
 * @param version the decision version the caller last read
 */
public record DecideAppeal(
        @NotNull(message = "{inspection.outcome.required}") @Nullable
        AppealOutcome outcome,

        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate decidedOn,

        @Nullable DisciplineForm changedForm,

        @NotBlank(message = "{inspection.note.required}")
        @Size(max = 4000, message = "{inspection.text.size}")
        @Nullable
        String note,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {}

package vn.dangvu.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records the next step of a case (what {@code POST /api/v1/inspection-cases/{id}/steps} carries).
 *
 * @param step the step; it must be the next one in order ({@code CaseStepPolicy})
 * @param doneOn the day it was done: not before the previous step, not in the future
 * @param note what was done
 * @param documentId a document of the document library behind the step (the decision, the self-report …)
 * @param violationFound for the conclusion: whether a violation was found
 * @param categories for a conclusion finding a violation: its categories (QĐ 69-QĐ/TW ch. III)
 * @param conclusion for the conclusion: its text
 * @param version the case version the caller last read
 */
public record RecordCaseStep(
        @NotNull(message = "{inspection.step.required}") @Nullable
        CaseStep step,

        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate doneOn,

        @Size(max = 2000, message = "{inspection.text.size}") @Nullable
        String note,

        @Nullable Long documentId,
        @Nullable Boolean violationFound,

        @Size(max = 14, message = "{inspection.text.size}") @Nullable
        List<ViolationCategory> categories,

        @Size(max = 8000, message = "{inspection.text.size}") @Nullable
        String conclusion,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {

    public List<ViolationCategory> categoryList() {
        return categories == null ? List.of() : List.copyOf(categories);
    }
}

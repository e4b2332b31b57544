package vn.dangvu.inspection;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A recorded step of a case.
 *
 * @param step the step
 * @param doneOn the day it was done
 * @param note what was done
 * @param documentId the linked document of the library, if any
 * @param documentLabel its number and title when linked
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record CaseStepView(
        CaseStep step,
        LocalDate doneOn,
        @Nullable String note,
        @Nullable Long documentId,
        @Nullable String documentLabel,
        String recordedBy,
        Instant recordedAt) {}

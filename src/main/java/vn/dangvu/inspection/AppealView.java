package vn.dangvu.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An appeal against a discipline decision.
 *
 * @param id the appeal
 * @param appellant who appeals
 * @param filedOn when it was received
 * @param grounds what is contested
 * @param appealBody the body settling it
 * @param dueOn the last day to settle it (90 working days, 180 for central bodies)
 * @param overdue pending after its due day
 * @param outcome upheld, changed or annulled; {@code null} while pending
 * @param decidedOn when it was settled
 * @param changedForm the new form when changed
 * @param note the reasons of the outcome
 */
public record AppealView(
        UUID id,
        String appellant,
        LocalDate filedOn,
        String grounds,
        String appealBody,
        LocalDate dueOn,
        boolean overdue,
        @Nullable AppealOutcome outcome,
        @Nullable LocalDate decidedOn,
        @Nullable DisciplineForm changedForm,
        @Nullable String note) {}

package vn.dangvu.petition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One step of a petition's history.
 *
 * @param action what was done
 * @param detail what it said (classification, target unit, reason of an extension, …)
 * @param onDay the day the step took effect, when it differs from when it was recorded
 * @param at when it was recorded
 * @param by the account that recorded it
 */
public record PetitionStep(
        PetitionStepAction action,
        @Nullable String detail,
        @Nullable LocalDate onDay,
        Instant at,
        String by) {}

package vn.dangvu.inspection;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Stops handling a denunciation found, after intake, to be under a false name or a repetition without new evidence.
 *
 * @param reason why it is not handled
 * @param on the day it was found
 * @param version the version the caller last read
 */
public record DismissDenunciation(
        @NotNull(message = "{denunciation.reason.required}") @Nullable
        NotHandledReason reason,

        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate on,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {}

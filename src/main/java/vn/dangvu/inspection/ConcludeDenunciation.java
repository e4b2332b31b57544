package vn.dangvu.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Concludes a denunciation being handled.
 *
 * @param concludedOn the day of the conclusion
 * @param finding founded, partly founded or unfounded
 * @param conclusion the conclusion's text
 * @param version the version the caller last read
 */
public record ConcludeDenunciation(
        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate concludedOn,

        @NotNull(message = "{denunciation.finding.required}") @Nullable
        DenunciationFinding finding,

        @NotBlank(message = "{inspection.conclusion.text-required}")
        @Size(max = 8000, message = "{inspection.text.size}")
        @Nullable
        String conclusion,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {}

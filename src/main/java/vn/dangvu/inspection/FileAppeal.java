package vn.dangvu.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Files an appeal against a discipline decision (khiếu nại kỷ luật).
 *
 * @param appellant who appeals (the member, or the organisation by its representative)
 * @param filedOn when the appeal was received by the body settling it
 * @param grounds what the appellant contests
 * @param appealBody the superior body settling it
 * @param version the decision version the caller last read
 */
public record FileAppeal(
        @NotBlank(message = "{inspection.appellant.required}")
        @Size(max = 300, message = "{inspection.text.size}")
        @Nullable
        String appellant,

        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate filedOn,

        @NotBlank(message = "{inspection.grounds.required}")
        @Size(max = 4000, message = "{inspection.text.size}")
        @Nullable
        String grounds,

        @NotBlank(message = "{inspection.body.required}") @Size(max = 300, message = "{inspection.text.size}") @Nullable
        String appealBody,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {}

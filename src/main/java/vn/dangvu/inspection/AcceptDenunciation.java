package vn.dangvu.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Accepts a denunciation for handling (thụ lý); the deadline counts from {@code acceptedOn}.
 *
 * @param acceptedOn the day of acceptance
 * @param handlerMemberId the member who leads the handling (never the accused)
 * @param handlerName who leads the handling, when not a member on record
 * @param version the version the caller last read
 */
public record AcceptDenunciation(
        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate acceptedOn,

        @Nullable UUID handlerMemberId,

        @Size(max = 300, message = "{inspection.text.size}") @Nullable
        String handlerName,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {}

package vn.dangvu.inspection;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Extends the handling deadline once, with notice to the denouncer (REGULATIONS §10.6).
 *
 * @param days the working days added (at most the setting, 30)
 * @param reason why the handling needs longer
 * @param noticeOn the day the denouncer and the accused were notified
 * @param version the version the caller last read
 */
public record ExtendDenunciation(
        @NotNull(message = "{denunciation.days.required}")
        @Min(value = 1, message = "{denunciation.days.required}")
        @Nullable
        Integer days,

        @NotBlank(message = "{denunciation.reason.required}")
        @Size(max = 2000, message = "{inspection.text.size}")
        @Nullable
        String reason,

        @NotNull(message = "{inspection.date.required}") @Nullable
        LocalDate noticeOn,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {}

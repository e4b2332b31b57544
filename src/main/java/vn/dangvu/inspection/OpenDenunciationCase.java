package vn.dangvu.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Opens an inspection case on the accused from a denunciation being handled (usually on signs of violation). The case
 * names neither the denouncer nor the denunciation's text.
 *
 * @param type the kind of inspection
 * @param title the case's title
 * @param version the denunciation's version the caller last read
 */
public record OpenDenunciationCase(
        @NotNull(message = "{inspection.type.required}") @Nullable
        CaseType type,

        @NotBlank(message = "{inspection.title.required}")
        @Size(max = 300, message = "{inspection.text.size}")
        @Nullable
        String title,

        @NotNull(message = "{inspection.version.required}") @Nullable
        Long version) {}

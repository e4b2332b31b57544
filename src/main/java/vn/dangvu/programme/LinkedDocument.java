package vn.dangvu.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Party document the programme implements or is implemented by.
 *
 * @param documentId the document of the document library, if it is there
 * @param label its number and title, e.g. "Nghị quyết Đại hội XVII Đảng bộ thành phố"
 */
public record LinkedDocument(
        @Nullable UUID documentId,

        @NotBlank(message = "{programme.document.label.required}")
        @Size(max = 300, message = "{programme.text.size}")
        @Nullable
        String label) {}

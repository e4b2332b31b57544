package vn.dangvu.meeting;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file of a meeting: a material for the members, or the minutes or resolution as signed documents.
 *
 * @param id the material
 * @param purpose MATERIAL, MINUTES or RESOLUTION
 * @param title its title
 * @param fileName the uploaded file's name
 * @param contentType its media type
 * @param size bytes
 * @param uploadedAt when it was uploaded
 * @param publishedAt when members could first read it, or {@code null} while unpublished
 * @param late published less than a day before the start (HD 42-HD/BTCTW 2025), or not yet published that late
 */
public record MaterialView(
        UUID id,
        String purpose,
        String title,
        String fileName,
        String contentType,
        long size,
        Instant uploadedAt,
        @Nullable Instant publishedAt,
        boolean late) {}
